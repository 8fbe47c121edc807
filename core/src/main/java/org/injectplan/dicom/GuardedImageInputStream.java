package org.injectplan.dicom;

import java.io.IOException;
import java.io.InterruptedIOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO input stream over a byte array (read in place, like {@link ByteArrayImageInputStream})
 * that a decoder stuck in a loop cannot keep reading: once {@link #stop()} was called, the reading
 * thread is interrupted, or the deadline has passed, every read throws; and a decoder that keeps
 * reading past the end (jai-imageio's JPEG 2000 packet-header reader takes the -1 of the end for
 * a byte of ones and loops on it) gets an error after {@value #MAX_READS_PAST_END} such reads.
 * Since the loops read their input, the exception ends the decoding thread itself: no
 * {@code Thread.stop}, which Java 20 and later no longer have.
 */
final class GuardedImageInputStream extends ImageInputStreamImpl {
  static final int MAX_READS_PAST_END = 1 << 16;
  private static final int CLOCK_EVERY = 1024;
  private final byte[] data;
  private final long deadlineNanos;
  private volatile boolean stopped;
  private int readsPastEnd;
  private int untilClock;

  /** Reads {@code data} until {@code System.nanoTime()} passes {@code deadlineNanos}. */
  GuardedImageInputStream(byte[] data, long deadlineNanos) {
    this.data = data;
    this.deadlineNanos = deadlineNanos;
  }

  /** Makes every later read throw (called from another thread). */
  void stop() {
    stopped = true;
  }

  private void check() throws IOException {
    if (stopped || Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("the decoder was stopped");
    }
    if (--untilClock <= 0) {
      untilClock = CLOCK_EVERY;
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new InterruptedIOException("the decoder ran past its time limit");
      }
    }
  }

  private int pastEnd() throws IOException {
    if (++readsPastEnd > MAX_READS_PAST_END) {
      throw new IOException("the decoder keeps reading past the end of the codestream: it is damaged");
    }
    return -1;
  }

  @Override
  public int read() throws IOException {
    check();
    bitOffset = 0;
    return streamPos < data.length ? data[(int) streamPos++] & 0xFF : pastEnd();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    bitOffset = 0;
    if (len == 0) {
      return 0;
    }
    if (streamPos >= data.length) {
      return pastEnd();
    }
    int n = (int) Math.min(len, data.length - streamPos);
    System.arraycopy(data, (int) streamPos, b, off, n);
    streamPos += n;
    return n;
  }

  @Override
  public long length() {
    return data.length;
  }
}
