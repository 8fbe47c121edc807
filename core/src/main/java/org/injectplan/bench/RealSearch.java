package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Scan;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.capsule.FrameAnalysis;

/**
 * Section of {@code bench real}: automatic capsule search on frames without an effusion (none of
 * the real-us frames has one), so every capsule it reports is a false positive; and the time per
 * frame of the search (analysis + automatic choice, one thread).
 */
public final class RealSearch implements RealBenchSection {
  /** The goal of issue 11: share of frames without an effusion on which a capsule is reported. */
  public static final double GOAL_FALSE_SHARE = 0.02;

  /**
   * The outcome on one frame.
   *
   * @param file the frame's file name
   * @param outcome what the search reported
   * @param ms its time
   */
  public record Search(String file, SegmentOutcome outcome, double ms) {
  }

  private final CapsuleSegmenter segmenter = new CapsuleSegmenter(CapsuleParams.DEFAULTS);

  @Override
  public String title() {
    return "automatic capsule search on frames without an effusion";
  }

  /** The search on every frame. */
  public List<Search> measure(List<RealFrame> frames) throws IOException, BadScanException {
    List<Search> out = new ArrayList<>();
    for (RealFrame f : frames) {
      try (Scan scan = f.open()) {
        ImageProcessor ip = scan.frame(0);
        long t0 = System.nanoTime();
        FrameAnalysis a = segmenter.analyse(ip, scan.calibration());
        SegmentOutcome o = segmenter.automatic(a, 0);
        out.add(new Search(f.name(), o, (System.nanoTime() - t0) / 1e6));
      }
    }
    return out;
  }

  @Override
  public void run(String set, List<RealFrame> frames, PrintWriter out) throws IOException, BadScanException {
    List<Search> s = measure(frames);
    List<Search> reported = s.stream().filter(k -> k.outcome().isFound()).toList();
    double[] ms = RealSeeded.sorted(s.stream().mapToDouble(Search::ms).toArray());
    out.printf(Locale.ROOT, "  a capsule reported on %d of %d frames (%.1f%%, goal <= %.0f%%); median %.2f ms per"
        + " frame, slowest %.2f ms (one thread)%n", reported.size(), s.size(), 100.0 * reported.size() / s.size(),
        100 * GOAL_FALSE_SHARE, RealSeeded.median(ms), ms[ms.length - 1]);
    for (Search k : reported) {
      out.printf(Locale.ROOT, "    %s: %.1f mm² (calibration %s), confidence %.2f, %s%n", k.file(),
          k.outcome().get().areaMm2(), "assumed or measured per FILES.tsv", k.outcome().get().confidence(),
          k.outcome().get().how());
    }
  }
}
