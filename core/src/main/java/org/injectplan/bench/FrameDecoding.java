package org.injectplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Scan;

/**
 * Decodes every frame of a scan on a number of threads, each thread taking the next frame not
 * yet taken. Frames decode independently, so this scales with the cores. Returns a checksum of
 * the decoded pixels so that the work cannot be optimised away and runs can be compared.
 */
public final class FrameDecoding {
  private FrameDecoding() {
  }

  public static long decodeAll(Scan scan, int threads) throws BadScanException, InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "decode");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          long sum = 0;
          for (int i = next.getAndIncrement(); i < scan.frameCount(); i = next.getAndIncrement()) {
            sum += checksum(scan, i);
          }
          return sum;
        }));
      }
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return total;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BadScanException b) {
        throw b;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long checksum(Scan scan, int frame) throws BadScanException {
    Object px = scan.frame(frame).getPixels();
    long sum = frame;
    if (px instanceof byte[] b) {
      for (byte v : b) {
        sum += v & 0xFF;
      }
    } else if (px instanceof short[] s) {
      for (short v : s) {
        sum += v & 0xFFFF;
      }
    } else if (px instanceof int[] rgb) {
      for (int v : rgb) {
        sum += v & 0xFFFFFF;
      }
    }
    return sum;
  }
}
