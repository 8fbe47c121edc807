package org.injectplan.segment.capsule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.scan.Scan;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;

/**
 * Segments every frame of an ultrasound cine. The per-frame stage ({@link FrameAnalysis}:
 * decoding, speckle filter, dark components; most of the time) runs on all the threads given,
 * in blocks of frames so that memory stays bounded; the choice of the component runs in frame
 * order, each frame following the previous frame's mask ({@link CapsuleSegmenter#tracked}), so
 * the result is consistent from frame to frame and the same whatever the thread count. Frame 0
 * (or the first frame after a frame without a finding) is seeded or automatic.
 */
public final class CineSegmenter {
  private static final int FRAMES_PER_THREAD_IN_BLOCK = 4;

  private final CapsuleSegmenter segmenter;
  private final int threads;

  public CineSegmenter(CapsuleSegmenter segmenter, int threads) {
    if (segmenter == null) {
      throw new IllegalArgumentException("segmenter must not be null");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.segmenter = segmenter;
    this.threads = threads;
  }

  /** Every frame's outcome, in frame order. */
  public List<SegmentOutcome> segmentAll(Scan scan, Optional<double[]> seedPx, ProgressListener progress)
      throws BadScanException, InterruptedException {
    int n = scan.frameCount();
    List<SegmentOutcome> out = new ArrayList<>(n);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "segment");
      t.setDaemon(true);
      return t;
    });
    try {
      Mask previous = null;
      int block = threads * FRAMES_PER_THREAD_IN_BLOCK;
      for (int from = 0; from < n; from += block) {
        FrameAnalysis[] analyses = analyse(scan, from, Math.min(n, from + block), pool);
        for (int i = 0; i < analyses.length; i++) {
          int f = from + i;
          SegmentOutcome o;
          if (previous != null) {
            o = segmenter.tracked(analyses[i], f, previous);
          } else if (seedPx.isPresent()) {
            o = segmenter.seeded(analyses[i], f, seedPx.get()[0], seedPx.get()[1]);
          } else {
            o = segmenter.automatic(analyses[i], f);
          }
          previous = o.isFound() ? o.get().mask() : null;
          out.add(o);
          progress.progress(f + 1, n);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private FrameAnalysis[] analyse(Scan scan, int from, int to, ExecutorService pool)
      throws BadScanException, InterruptedException {
    FrameAnalysis[] result = new FrameAnalysis[to - from];
    AtomicInteger next = new AtomicInteger(from);
    List<Future<Void>> parts = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, to - from); t++) {
      parts.add(pool.submit(() -> {
        for (int f = next.getAndIncrement(); f < to; f = next.getAndIncrement()) {
          result[f - from] = segmenter.analyse(scan.frame(f), scan.calibration());
        }
        return null;
      }));
    }
    try {
      for (Future<Void> p : parts) {
        p.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BadScanException b) {
        throw b;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    return result;
  }
}
