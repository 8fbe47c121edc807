package org.injectplan.pacs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-connection TCP relay on the loopback interface, in front of the PACS. PixelMed's C-STORE
 * opens its own socket and sets no read timeout, so a PACS that stops answering leaves its thread
 * blocked in a read for good. Connected through this relay instead, that thread reads from a
 * socket we own: {@link #close()} closes it, the read fails, and PixelMed's thread ends.
 *
 * <p>The relay accepts exactly one connection (the association), connects it to the peer, and
 * copies bytes both ways on two daemon threads until either side closes.
 */
final class LoopbackRelay implements AutoCloseable {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final ServerSocket listener;
  private final InetSocketAddress peer;
  private final int connectTimeoutMs;
  private final String name;
  private final List<Socket> sockets = new ArrayList<>();
  private boolean closed;
  private volatile long lastActivityNanos = System.nanoTime();

  /** Listens on an ephemeral loopback port; the peer is connected when the association arrives. */
  LoopbackRelay(InetSocketAddress peer, int connectTimeoutMs, String name) throws IOException {
    if (connectTimeoutMs <= 0) {
      throw new IllegalArgumentException("connectTimeoutMs must be positive: " + connectTimeoutMs);
    }
    this.peer = peer;
    this.connectTimeoutMs = connectTimeoutMs;
    this.name = name;
    this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    daemon(this::acceptAndRelay, name + " relay").start();
  }

  /** The loopback port the association must connect to. */
  int port() {
    return listener.getLocalPort();
  }

  /** The loopback host the association must connect to. */
  String host() {
    return listener.getInetAddress().getHostAddress();
  }

  private void acceptAndRelay() {
    try {
      Socket inside = register(listener.accept());
      Socket outside = new Socket();
      register(outside);
      outside.connect(peer, connectTimeoutMs);
      daemon(() -> pump(inside, outside), name + " relay out").start();
      pump(outside, inside);
    } catch (IOException e) {
      close(); // the association sees its connection closed and fails; the sender says why
    }
  }

  /** How long no byte has passed either way (since the relay started, before the first). */
  long idleNanos() {
    return System.nanoTime() - lastActivityNanos;
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[BUFFER_BYTES];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        lastActivityNanos = System.nanoTime();
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput(); // pass the end of stream on, as a direct connection would
    } catch (IOException e) {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private synchronized Socket register(Socket s) throws IOException {
    if (closed) {
      closeQuietly(s);
      throw new IOException("relay closed");
    }
    sockets.add(s);
    return s;
  }

  /** Closes the listener and both connections: whatever reads from them stops. */
  @Override
  public synchronized void close() {
    closed = true;
    closeQuietly(listener);
    sockets.forEach(LoopbackRelay::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // closing is all that is wanted; a failure to close leaves nothing to do
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
