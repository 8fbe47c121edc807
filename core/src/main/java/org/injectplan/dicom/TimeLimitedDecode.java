package org.injectplan.dicom;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a decoder that might loop on a damaged stream on a worker thread, reading from a
 * {@link GuardedImageInputStream}, with a time limit. Past the limit the stream is stopped and
 * the worker interrupted: the decoder's next read throws, and the worker ends by itself, on any
 * Java version. Only a decoder that loops without reading would outlive that; on Java 17 it is
 * then stopped with {@code Thread.stop}, on 20 and later left as a daemon.
 */
final class TimeLimitedDecode {
  /** How long a stopped worker has to end after its stream throws. */
  static final long STOP_GRACE_MS = 2_000;

  /** The decoding, given its guarded stream. */
  interface Task<T> {
    T decode(GuardedImageInputStream in) throws Exception;
  }

  private TimeLimitedDecode() {
  }

  static <T> T run(String threadName, byte[] data, long limitMs, Task<T> task) throws IOException {
    GuardedImageInputStream in = new GuardedImageInputStream(data, System.nanoTime() + limitMs * 1_000_000);
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        result.set(task.decode(in));
      } catch (Throwable t) { // handed to the caller below, whatever it is
        result.set(t);
      }
    }, threadName);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(limitMs);
      if (worker.isAlive()) {
        in.stop();
        worker.interrupt();
        worker.join(STOP_GRACE_MS);
        if (worker.isAlive()) {
          stopRunaway(worker);
        }
        throw new IOException("the decoder did not finish within " + Math.max(1, limitMs / 1000)
            + " s: the codestream is damaged");
      }
    } catch (InterruptedException e) {
      in.stop();
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while decoding a frame");
    }
    return unwrap(result.get());
  }

  @SuppressWarnings("unchecked")
  private static <T> T unwrap(Object o) throws IOException {
    if (o instanceof IOException e) {
      throw e;
    }
    if (o instanceof Throwable t) {
      throw new IOException(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage(), t);
    }
    return (T) o;
  }

  @SuppressWarnings({"deprecation", "removal"}) // the last resort for a loop that reads nothing
  private static void stopRunaway(Thread worker) {
    try {
      worker.stop();
    } catch (UnsupportedOperationException e) {
      // Java 20+: the daemon thread is abandoned; it cannot keep the JVM alive
    }
  }
}
