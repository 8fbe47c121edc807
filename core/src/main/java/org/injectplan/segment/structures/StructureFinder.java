package org.injectplan.segment.structures;

import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;

/**
 * Structures to avoid found in an ultrasound frame, not given: bone with its acoustic shadow
 * ({@link BoneFinder}, impassable) and vessels ({@link VesselFinder}). The planner merges them
 * with the structures given. Thresholds are shares of the tissue's median echo (the median of the
 * smoothed region over the pixels brighter than a tenth of its 99th percentile, i.e. leaving out
 * shadow and fluid), so they follow the gain. InjectPlan convention, measured on the samples
 * (docs/planning.md).
 */
public final class StructureFinder {
  /** What the names of found structures carry. */
  public static final String FOUND_MARK = "found in the image";
  /** The name of found bone in the plan. */
  public static final String BONE_NAME = "bone and its acoustic shadow (" + FOUND_MARK + ")";

  /** The name of the n-th found vessel (from 1) in the plan. */
  public static String vesselName(int n) {
    return "vessel " + n + " (" + FOUND_MARK + ")";
  }

  /**
   * What was found.
   *
   * @param bone bone with its shadow, or null when none was found
   * @param vessels the vessels by name, largest first (may be empty)
   */
  public record Found(Mask bone, Map<String, Mask> vessels) {
    public Found {
      vessels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vessels));
    }

    /** The names of what was found, bone first. */
    public List<String> names() {
      List<String> out = new ArrayList<>();
      if (bone != null) {
        out.add(BONE_NAME);
      }
      out.addAll(vessels.keySet());
      return out;
    }
  }

  private StructureFinder() {
  }

  /**
   * Finds bone and vessels on an ultrasound frame.
   *
   * @param capsule the capsule (its fluid is not a vessel), or null
   * @throws IllegalArgumentException when the capsule mask is not of the frame's size
   */
  public static Found find(ImageProcessor frame, Calibration cal, Mask capsule) {
    if (capsule != null && (capsule.width() != frame.getWidth() || capsule.height() != frame.getHeight())) {
      throw new IllegalArgumentException("capsule mask is " + capsule.width() + "x" + capsule.height() + ", the frame "
          + frame.getWidth() + "x" + frame.getHeight());
    }
    EchoWindow w = EchoWindow.of(frame, cal);
    double p99 = w.quantile(null, 0.99);
    boolean[] faint = new boolean[w.smooth().length];
    for (int i = 0; i < faint.length; i++) {
      faint[i] = w.smooth()[i] < 0.1 * p99;
    }
    double tissue = Math.max(1, w.quantile(faint, 0.5));
    double[] level = DepthLevel.of(w);
    int[] start = BoneFinder.surface(w, tissue, level);
    boolean[] bone = BoneFinder.mask(w, start);
    boolean any = false;
    for (int s : start) {
      any |= s >= 0;
    }
    Map<String, Mask> vessels = new LinkedHashMap<>();
    int k = 1;
    for (boolean[] v : VesselFinder.find(w, tissue, level, bone, capsule == null ? null : window(capsule, w))) {
      vessels.put(vesselName(k++), w.toFrame(v));
    }
    return new Found(any ? w.toFrame(bone) : null, vessels);
  }

  /** The mask on the window's pixels: a window pixel is in when its centre's frame pixel is. */
  private static boolean[] window(Mask m, EchoWindow w) {
    boolean[] out = new boolean[w.width() * w.height()];
    int[] b = m.bounds();
    if (b == null) {
      return out;
    }
    // Read over the mask's bounds only (outside them nothing is in).
    boolean[] box = m.crop(b[0], b[1], b[2], b[3]).inside();
    int bw = b[2] - b[0] + 1;
    int half = w.bin() / 2;
    for (int y = 0; y < w.height(); y++) {
      int fy = w.y0() + y * w.bin() + half;
      for (int x = 0; fy >= b[1] && fy <= b[3] && x < w.width(); x++) {
        int fx = w.x0() + x * w.bin() + half;
        out[y * w.width() + x] = fx >= b[0] && fx <= b[2] && box[(fy - b[1]) * bw + fx - b[0]];
      }
    }
    return out;
  }
}
