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
}
