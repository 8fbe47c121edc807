package org.injectplan.segment;

import java.util.List;
import java.util.Optional;

/**
 * The frame to plan on, and why: the most distended recess (largest fluid area) among the frames
 * whose boundary is clean. Clean means recess-like (confidence at least {@link #MIN_CONFIDENCE})
 * and consistent with the neighbouring frames (area within {@link #MAX_JUMP} of the median area
 * of the found frames within two of it): a frame swollen by a one-frame leak into a neighbouring dark structure, or shrunk
 * by a dropout, does not win.
 *
 * @param frame the chosen frame
 * @param reason in words, with the figures
 */
public record BestFrame(int frame, String reason) {
  /** Least confidence of a clean frame (the automatic segmenter's default refusal level). */
  public static final double MIN_CONFIDENCE = 0.5;
  /** Largest relative change of area to a neighbouring frame for a clean frame. */
  public static final double MAX_JUMP = 0.2;

  /** The best frame of a cine's outcomes; empty when no frame has a finding. */
  public static Optional<BestFrame> choose(List<SegmentOutcome> outcomes) {
    Segmentation best = null;
    Segmentation second = null;
    int clean = 0;
    int found = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      SegmentOutcome o = outcomes.get(i);
      if (!o.isFound()) {
        continue;
      }
      found++;
      Segmentation s = o.get();
      if (s.confidence() < MIN_CONFIDENCE || jumps(s, outcomes, i)) {
        continue;
      }
      clean++;
      if (best == null || s.areaPx() > best.areaPx()) {
        second = best;
        best = s;
      } else if (second == null || s.areaPx() > second.areaPx()) {
        second = s;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String runnerUp = second == null ? "" : String.format("; next largest frame %d, %s", second.frame(), area(second));
    return Optional.of(new BestFrame(best.frame(), String.format("frame %d: most distended recess (%s) of %d "
        + "clean frame(s) of %d with a finding (confidence >= %.2f, area within %.0f%% of the median of the frames within two); its "
        + "confidence %.2f%s", best.frame(), area(best), clean, found, MIN_CONFIDENCE, 100 * MAX_JUMP,
        best.confidence(), runnerUp)));
  }

  /** Whether the area differs by more than MAX_JUMP from the median of the found frames within two of it. */
  private static boolean jumps(Segmentation s, List<SegmentOutcome> outcomes, int i) {
    List<Integer> near = new java.util.ArrayList<>();
    for (int k = Math.max(0, i - 2); k <= Math.min(outcomes.size() - 1, i + 2); k++) {
      if (outcomes.get(k).isFound()) {
        near.add(outcomes.get(k).get().areaPx());
      }
    }
    java.util.Collections.sort(near);
    int n = near.size();
    double median = n % 2 == 1 ? near.get(n / 2) : (near.get(n / 2 - 1) + near.get(n / 2)) / 2.0;
    return Math.abs(s.areaPx() - median) > MAX_JUMP * median;
  }

  private static String area(Segmentation s) {
    return Double.isNaN(s.areaMm2()) ? s.areaPx() + " px" : String.format("%.1f mm²", s.areaMm2());
  }
}
