package org.injectplan.segment;

import java.util.List;
import java.util.Optional;

/**
 * The frame to plan on, and why: the most distended recess (largest fluid area) among the frames
 * whose boundary is clean (confidence at least {@link #CLEAN_SHARE} of the cine's best
 * confidence, so a frame swollen by a leak into a neighbour does not win).
 *
 * @param frame the chosen frame
 * @param reason in words, with the figures
 */
public record BestFrame(int frame, String reason) {
  /** Share of the best confidence a frame needs to be considered clean. */
  public static final double CLEAN_SHARE = 0.9;

  /** The best frame of a cine's outcomes; empty when no frame has a finding. */
  public static Optional<BestFrame> choose(List<SegmentOutcome> outcomes) {
    double top = outcomes.stream().filter(SegmentOutcome::isFound)
        .mapToDouble(o -> o.get().confidence()).max().orElse(-1);
    if (top < 0) {
      return Optional.empty();
    }
    Segmentation best = null;
    Segmentation second = null;
    int clean = 0;
    for (SegmentOutcome o : outcomes) {
      if (!o.isFound() || o.get().confidence() < CLEAN_SHARE * top) {
        continue;
      }
      clean++;
      Segmentation s = o.get();
      if (best == null || s.areaPx() > best.areaPx()) {
        second = best;
        best = s;
      } else if (second == null || s.areaPx() > second.areaPx()) {
        second = s;
      }
    }
    String area = Double.isNaN(best.areaMm2()) ? best.areaPx() + " px" : String.format("%.1f mm²", best.areaMm2());
    String runnerUp = second == null ? "" : String.format("; next largest frame %d, %s", second.frame(),
        Double.isNaN(second.areaMm2()) ? second.areaPx() + " px" : String.format("%.1f mm²", second.areaMm2()));
    return Optional.of(new BestFrame(best.frame(), String.format("frame %d: most distended recess (%s) of %d "
        + "frame(s) with a clean boundary (confidence %.2f, at least %.0f%% of the best %.2f)%s", best.frame(), area,
        clean, best.confidence(), 100 * CLEAN_SHARE, top, runnerUp)));
  }
}
