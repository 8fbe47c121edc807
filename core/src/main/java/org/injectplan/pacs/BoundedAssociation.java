package org.injectplan.pacs;

import com.pixelmed.network.DicomNetworkException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one PixelMed association (C-FIND, C-GET) so that it cannot hang: the host is first reached
 * by a plain TCP connection (so that "unreachable" is told apart from "refused"), the association
 * goes through a {@link LoopbackRelay}, and when no byte has passed either way for the timeout the
 * relay is closed under PixelMed, whose blocked read then fails and whose thread ends. The limit
 * is on silence, not on the whole call: a long cine that keeps arriving is not cut off. A caller's
 * poll, run on the caller's thread while the association lasts, may cancel it by throwing a
 * {@link CancellationException}: the relay is closed, PixelMed's thread is waited for (so that it
 * writes no file after the caller has cleaned up), and the cancellation goes on unwrapped.
 */
final class BoundedAssociation {
  private static final long POLL_MS = 100;
  /** How long a cancelled or timed-out association's thread is waited for once its relay is closed. */
  private static final long END_WAIT_S = 10;
  /**
   * PixelMed logs network failures (with stack traces) through java.util.logging; the failure is
   * reported once, as a {@link PacsException}, so its messages are dropped. Held so that the
   * setting stays while the logger would otherwise be collected.
   */
  private static final Logger PIXELMED_LOG = Logger.getLogger("com.pixelmed");

  static {
    PIXELMED_LOG.setLevel(Level.OFF);
  }

  /** The PixelMed work, given the loopback host and port to connect to instead of the PACS. */
  @FunctionalInterface
  interface Body<T> {
    T run(String host, int port) throws Exception;
  }

  private BoundedAssociation() {
  }

  static <T> T run(PacsAddress to, Duration timeout, String what, Body<T> body) throws PacsException {
    return run(to, timeout, what, body, () -> { });
  }

  /**
   * As {@link #run(PacsAddress, Duration, String, Body)}, calling {@code poll} on this thread every
   * {@value #POLL_MS} ms while the association lasts; a {@link CancellationException} from it (or
   * from the body) ends the association and is thrown as it is.
   */
  static <T> T run(PacsAddress to, Duration timeout, String what, Body<T> body, Runnable poll)
      throws PacsException {
    reach(to, timeout);
    ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, what + " " + to);
      t.setDaemon(true);
      return t;
    });
    try (LoopbackRelay relay = new LoopbackRelay(new InetSocketAddress(to.host(), to.port()), millis(timeout),
        what + " " + to)) {
      Future<T> result = ex.submit(() -> body.run(relay.host(), relay.port()));
      while (true) {
        try {
          return result.get(POLL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          if (relay.idleNanos() > timeout.toNanos()) {
            throw new PacsException(to.toString(), "no answer for " + timeout.toSeconds() + " s (" + what
                + " timed out)", stillRunning);
          }
          poll.run();
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException c) {
        throw c;
      }
      throw new PacsException(to.toString(), what + " failed: " + reason(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PacsException(to.toString(), "interrupted", e);
    } catch (IOException e) {
      if (e instanceof PacsException p) {
        throw p;
      }
      throw new PacsException(to.toString(), "no loopback port for the association: " + e.getMessage(), e);
    } finally {
      ex.shutdownNow(); // the relay is already closed: a blocked PixelMed read fails and its thread ends
      awaitEnd(ex);
    }
  }

  private static void awaitEnd(ExecutorService ex) {
    try {
      ex.awaitTermination(END_WAIT_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What PixelMed's exception means, in words. */
  static String reason(Throwable t) {
    if (t instanceof PacsException p) {
      return p.getMessage();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (t instanceof DicomNetworkException && m.contains("A-ASSOCIATE-RJ")) {
      return "the PACS rejected the association (wrong called AE title, or our AE title not accepted): " + m;
    }
    if (t instanceof DicomNetworkException && m.contains("A-ABORT")) {
      return "the PACS aborted the association (is our AE title known to it?): " + m;
    }
    if (t instanceof DicomNetworkException || t instanceof IOException) {
      return "the connection failed (the PACS closed it mid-transfer): " + m;
    }
    return m;
  }

  static int millis(Duration d) {
    return (int) Math.min(d.toMillis(), Integer.MAX_VALUE);
  }

  static void reach(PacsAddress to, Duration timeout) throws PacsException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(to.host(), to.port()), millis(timeout));
    } catch (UnknownHostException e) {
      throw new PacsException(to.toString(), "unreachable: unknown host " + to.host(), e);
    } catch (ConnectException e) {
      throw new PacsException(to.toString(), "unreachable: connection refused (" + e.getMessage() + ")", e);
    } catch (SocketTimeoutException e) {
      throw new PacsException(to.toString(), "unreachable: no connection within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new PacsException(to.toString(), "unreachable: " + e.getMessage(), e);
    }
  }
}
