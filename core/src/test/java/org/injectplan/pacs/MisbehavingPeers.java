package org.injectplan.pacs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Loopback peers that misbehave, for the failure tests of the senders and of the report command:
 * an HTTP server with a fixed status and delay, a DICOM port that never answers.
 */
public final class MisbehavingPeers {
  private MisbehavingPeers() {
  }

  public static HttpServer answering(int status, long delayMs) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    s.start();
    return s;
  }

  public static String url(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort() + "/dicom-web/studies";
  }

  /** Accepts connections and never answers; close it to stop. */
  public static ServerSocket silentDicomPeer() throws IOException {
    ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket s = silent.accept();
          s.getInputStream();
        }
      } catch (IOException closed) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return silent;
  }

  /** What a {@link #relayTo} relay does once the given number of bytes has come back from the server. */
  public enum Failure { CLOSE, STALL }

  /**
   * A loopback relay in front of a real server (Orthanc) that passes everything the client sends
   * and the first {@code bytes} the server sends back on each connection, then closes the
   * connection or stops passing anything (keeping it open): a server that fails mid-transfer.
   */
  public static ServerSocket relayTo(int serverPort, long bytes, Failure failure) throws IOException {
    ServerSocket front = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    daemon(() -> {
      try {
        while (true) {
          Socket client = front.accept();
          Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
          daemon(() -> copy(client, server, Long.MAX_VALUE, Failure.CLOSE));
          daemon(() -> copy(server, client, bytes, failure));
        }
      } catch (IOException closed) {
        // the test is over
      }
    });
    return front;
  }

  private static void copy(Socket from, Socket to, long limit, Failure failure) {
    byte[] buf = new byte[8192];
    long passed = 0;
    try {
      for (int n; (n = from.getInputStream().read(buf, 0, (int) Math.min(buf.length, Math.max(1, limit - passed))))
          >= 0; ) {
        to.getOutputStream().write(buf, 0, n);
        passed += n;
        if (passed >= limit) {
          break;
        }
      }
      if (failure == Failure.STALL && passed >= limit) {
        Thread.sleep(60_000); // holds the connection open, silent, until the test's timeout has struck
      }
    } catch (IOException | InterruptedException e) {
      // either side closed
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing is all that is wanted
    }
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "misbehaving relay");
    t.setDaemon(true);
    t.start();
  }
}
