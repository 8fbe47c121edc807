package org.injectplan.segment.capsule;

import ij.process.ImageProcessor;
import java.util.Optional;
import org.injectplan.image.Components;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.GreyWindow;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;

/**
 * Segments the fluid inside a joint capsule on one ultrasound frame: automatically (the most
 * recess-like dark component, {@link RecessScore}, refused below
 * {@link CapsuleParams#minConfidence()}), from a click inside the recess, or following the
 * previous frame's mask (cines). Two stages: {@link FrameAnalysis} (speckle filter, Otsu level,
 * dark components), then the choice of a component and {@link BoundaryRefiner}.
 */
public final class CapsuleSegmenter {
  /** Filter sizes for a frame without any calibration (a typical 0.2 mm pixel). */
  public static final double UNCALIBRATED_MM_PER_PIXEL = 0.2;
  private static final double MIN_TRACK_OVERLAP = 0.5;
  /** The global-level component is kept for a click when it is at most this many times the local space. */
  static final double MAX_COMPONENT_OVER_SPACE = 1.5;

  private final CapsuleParams params;

  public CapsuleSegmenter(CapsuleParams params) {
    if (params == null) {
      throw new IllegalArgumentException("params must not be null");
    }
    this.params = params;
  }

  public CapsuleParams params() {
    return params;
  }

  /** The first stage on a frame (thread-safe: it touches nothing shared). */
  public FrameAnalysis analyse(ImageProcessor ip, Calibration cal) {
    return FrameAnalysis.of(ip, cal, params, UNCALIBRATED_MM_PER_PIXEL);
  }

  /** Automatic or seeded segmentation of one frame. */
  public SegmentOutcome segment(ImageProcessor ip, Calibration cal, int frame, Optional<double[]> seedPx) {
    FrameAnalysis a = analyse(ip, cal);
    return seedPx.isPresent() ? seeded(a, frame, seedPx.get()[0], seedPx.get()[1]) : automatic(a, frame);
  }

  /** The most recess-like dark component, or why there is none. */
  public SegmentOutcome automatic(FrameAnalysis a, int frame) {
    if (!a.isCalibrated()) {
      return SegmentOutcome.none("no calibrated ultrasound region to search (automatic mode needs one; "
          + "a click inside the recess segments it in pixels)");
    }
    RecessScore best = null;
    int candidates = 0;
    for (Components.Blob b : a.dark().blobs()) {
      RecessScore s = RecessScore.of(a, b.label(), params);
      if (s != null) {
        candidates++;
        if (best == null || s.score() > best.score()) {
          best = s;
        }
      }
    }
    if (best == null) {
      return SegmentOutcome.none("no dark space of recess size (" + fmt(params.minAreaMm2()) + " to "
          + fmt(params.maxAreaMm2()) + " mm²) clear of the region's bottom");
    }
    if (best.score() < params.minConfidence()) {
      return SegmentOutcome.none(String.format("best of %d dark space(s) is not recess-like enough: confidence "
          + "%.2f < %.2f (elongation %.2f, contrast %.2f, shadow below %.0f%%%s)", candidates, best.score(),
          params.minConfidence(), best.elongation(), best.contrast(), 100 * best.boneBelow(),
          best.sideCut() ? ", cut by the region edge" : ""));
    }
    return finish(a, frame, best.label(), best.score(), String.format("automatic: best of %d candidate(s), "
        + "elongation %.2f, contrast %.2f, shadow below %.0f%%", candidates, best.elongation(), best.contrast(),
        100 * best.boneBelow()));
  }

  /**
   * The fluid space around a click (frame pixel coordinates).
   *
   * @throws IllegalArgumentException when the click lies outside the search window
   */
  public SegmentOutcome seeded(FrameAnalysis a, int frame, double xPx, double yPx) {
    GreyWindow w = a.window();
    int x = (int) Math.floor(xPx) - w.x0();
    int y = (int) Math.floor(yPx) - w.y0();
    if (!(x >= 0 && y >= 0 && x < w.width() && y < w.height())) {
      throw new IllegalArgumentException(String.format("seed (%.1f, %.1f) lies outside the ultrasound region "
          + "[%d, %d, %d, %d]", xPx, yPx, w.x0(), w.y0(), w.x0() + w.width() - 1, w.y0() + w.height() - 1));
    }
    DepthProfile depth = DepthProfile.of(a);
    Optional<String> shadow = AcousticShadow.at(a, depth, x, y);
    if (shadow.isPresent()) {
      return SegmentOutcome.none(shadow.get());
    }
    SeededSpace.Result space = SeededSpace.of(a, depth, x, y);
    if (space.inside() == null) {
      return SegmentOutcome.none(space.reason());
    }
    int label = a.dark().nearestLabel(x, y, (int) Math.ceil(params.seedSearchRadiusMm()
        / Math.min(a.mmPerPixelX(), a.mmPerPixelY())));
    if (label != 0 && consistent(a, label, space.darkPx())) {
      Mask refined = BoundaryRefiner.refine(a, label, params);
      if (refined.count() <= MAX_COMPONENT_OVER_SPACE * Math.max(space.darkPx(), a.dark().blob(label).area())) {
        RecessScore s = RecessScore.of(a, label, params);
        return finish(frame, refined, a, s == null ? 1 - space.spaceRatio() : s.score(),
            String.format("seeded at (%.1f, %.1f)", xPx, yPx));
      }
    }
    Mask m = windowToFrame(a, space.inside());
    double areaMm2 = a.isCalibrated() ? m.count() * a.pixelAreaMm2() : Double.NaN;
    return SegmentOutcome.of(new Segmentation(frame, Segmentation.Kind.CAPSULE_FLUID, m, areaMm2,
        Math.max(0, Math.min(1, 1 - space.spaceRatio())), String.format("seeded at (%.1f, %.1f), local and depth-"
        + "compensated levels", xPx, yPx)));
  }

  /**
   * Whether the global-level component agrees with the local space around the click: it stays
   * clear of the region's bottom and is not much larger than the space (then the refined
   * component, which places the edge finer, is kept unless it has grown to more than that factor of
   * the larger of the two; otherwise it has leaked into the dark deep field or the hypoechoic
   * tissue beside the space: on the samples the refiner grows the component by 1.2-1.45 times, on
   * real vessels by 1.5-25 times).
   */
  private static boolean consistent(FrameAnalysis a, int label, int spacePx) {
    Components.Blob b = a.dark().blob(label);
    if (b.maxY() == a.dark().height() - 1) {
      return false;
    }
    return b.area() <= MAX_COMPONENT_OVER_SPACE * spacePx;
  }

  /**
   * The component that overlaps the previous frame's mask most (at least half of the smaller of
   * the two); automatic mode when none does.
   */
  public SegmentOutcome tracked(FrameAnalysis a, int frame, Mask previous) {
    Components c = a.dark();
    GreyWindow w = a.window();
    int[] overlap = new int[c.blobs().size() + 1];
    for (int y = 0; y < c.height(); y++) {
      for (int x = 0; x < c.width(); x++) {
        if (previous.get(x + w.x0(), y + w.y0())) {
          overlap[c.labels()[y * c.width() + x]]++;
        }
      }
    }
    int best = 0;
    for (int l = 1; l < overlap.length; l++) {
      if (overlap[l] > 0 && (best == 0 || overlap[l] > overlap[best])) {
        best = l;
      }
    }
    int prevArea = previous.count();
    if (best != 0) {
      Components.Blob b = c.blob(best);
      RecessScore s = RecessScore.of(a, best, params);
      if (s != null && overlap[best] >= MIN_TRACK_OVERLAP * Math.min(prevArea, b.area())) {
        return finish(a, frame, best, s.score(), String.format("tracked from the previous frame (%.0f%% of it "
            + "overlapped)", 100.0 * overlap[best] / Math.max(1, prevArea)));
      }
    }
    return automatic(a, frame);
  }

  private SegmentOutcome finish(FrameAnalysis a, int frame, int label, double confidence, String how) {
    return finish(frame, BoundaryRefiner.refine(a, label, params), a, confidence, how);
  }

  private static SegmentOutcome finish(int frame, Mask m, FrameAnalysis a, double confidence, String how) {
    double areaMm2 = a.isCalibrated() ? m.count() * a.pixelAreaMm2() : Double.NaN;
    return SegmentOutcome.of(new Segmentation(frame, Segmentation.Kind.CAPSULE_FLUID, m, areaMm2,
        Math.max(0, Math.min(1, confidence)), how));
  }

  private static Mask windowToFrame(FrameAnalysis a, boolean[] in) {
    GreyWindow w = a.window();
    boolean[] full = new boolean[a.frameWidth() * a.frameHeight()];
    for (int y = 0; y < w.height(); y++) {
      for (int x = 0; x < w.width(); x++) {
        full[(y + w.y0()) * a.frameWidth() + x + w.x0()] = in[y * w.width() + x];
      }
    }
    return new Mask(a.frameWidth(), a.frameHeight(), full);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
