package org.injectplan.segment.jointspace;

import ij.process.ImageProcessor;
import java.util.Locale;

/**
 * The skin on a fluoroscopy frame along one line: the outermost tissue/air boundary on the side
 * the line points to. The profile of displayed values is sampled from {@code from} towards
 * {@code toward} (bilinear, every half pixel) to the frame's edge. On a logarithmic readout air
 * is the brightest thing in the field (nothing attenuates it), so air is the first run outward of
 * at least {@link #MIN_AIR_RUN_PX} pixels whose values lie within {@link #AIR_BAND} of the
 * profile's range below its brightest value; the skin is the steepest rise of the profile in the
 * {@link #EDGE_WINDOW_PX} pixels before that run (the tissue's chord, and so its attenuation,
 * grows fastest just inside the outline). No such run (the skin lies outside the open field or
 * under a collimator blade), or too little contrast between the line's start and the air, is no
 * skin, with the reason. Assumes bright air (MONOCHROME2, as {@code ScanLoader} shows a frame).
 * Cost: one pass along the line.
 */
public final class SkinLine {
  /** Least run of air beyond the skin, pixels: a bright collimator-edge glint is not air. */
  static final double MIN_AIR_RUN_PX = 6;
  /** Air is within this share of the profile's range below its brightest (smoothed) value. */
  static final double AIR_BAND = 0.05;
  /** The skin is the steepest rise within this many pixels before the air begins. */
  static final double EDGE_WINDOW_PX = 6;
  /** Least rise from the line's start to the air, as a share of the frame's display range. */
  static final double MIN_CONTRAST_SHARE = 0.1;
  private static final double STEP_PX = 0.5;

  private SkinLine() {
  }

  /**
   * The skin found, or why not.
   *
   * @param xPx the skin's pixel column (continuous; NaN when not found)
   * @param yPx its row (continuous; NaN when not found)
   * @param reason why none was found, or null when found
   */
  public record Result(double xPx, double yPx, String reason) {
    public boolean found() {
      return reason == null;
    }
  }

  /**
   * The outermost tissue/air boundary from {@code from} in the direction of {@code toward}.
   *
   * @param frame the frame, air bright
   * @param from {x, y} a point inside the body (the target), pixels
   * @param toward {x, y} a point on the approach side, pixels (only its direction from {@code from} counts)
   */
  public static Result find(ImageProcessor frame, double[] from, double[] toward) {
    if (frame == null || from == null || toward == null || from.length != 2 || toward.length != 2
        || !Double.isFinite(from[0]) || !Double.isFinite(from[1])) {
      throw new IllegalArgumentException("need a frame and two points {x, y}");
    }
    double dx = toward[0] - from[0];
    double dy = toward[1] - from[1];
    double len = Math.hypot(dx, dy);
    if (!(len > 0) || !Double.isFinite(len)) {
      throw new IllegalArgumentException("the direction is undefined: " + from[0] + "," + from[1] + " to " + toward[0]
          + "," + toward[1]);
    }
    if (!inside(frame, from[0], from[1])) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the start (%.1f, %.1f) is outside the %dx%d frame",
          from[0], from[1], frame.getWidth(), frame.getHeight()));
    }
    double ux = dx / len * STEP_PX;
    double uy = dy / len * STEP_PX;
    double[] p = smoothed(profile(frame, from, ux, uy));
    int air = airStart(p, frame);
    if (air < 0) {
      return notFound(air == -1 ? "no air beyond the tissue along the line (the skin lies outside the open field)"
          : "nothing along the line is bright enough to be air: the skin lies outside the field");
    }
    int edge = steepestRise(p, Math.max(1, air - (int) Math.round(EDGE_WINDOW_PX / STEP_PX)), air);
    double k = edge + 0.5;
    return new Result(from[0] + k * ux, from[1] + k * uy, null);
  }

  private static Result notFound(String reason) {
    return new Result(Double.NaN, Double.NaN, reason);
  }

  private static boolean inside(ImageProcessor f, double x, double y) {
    return x >= 0 && y >= 0 && x <= f.getWidth() && y <= f.getHeight();
  }

  private static double[] profile(ImageProcessor frame, double[] from, double ux, double uy) {
    int n = 0;
    while (inside(frame, from[0] + n * ux, from[1] + n * uy)) {
      n++;
    }
    double[] p = new double[n];
    for (int k = 0; k < n; k++) {
      p[k] = valueAt(frame, from[0] + k * ux, from[1] + k * uy);
    }
    return p;
  }

  /**
   * The bilinear value at continuous position (x, y), pixel (c, r) covering [c, c+1) x [r, r+1)
   * (its value at its centre, c + 0.5; ImageJ's interpolation puts it at c).
   */
  private static double valueAt(ImageProcessor f, double x, double y) {
    double ix = Math.max(0, Math.min(f.getWidth() - 1, x - 0.5));
    double iy = Math.max(0, Math.min(f.getHeight() - 1, y - 0.5));
    return f.getInterpolatedValue(ix, iy);
  }

  /** A three-sample moving mean: the counting noise smoothed, the edge kept. */
  private static double[] smoothed(double[] p) {
    double[] s = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      int a = Math.max(0, k - 1);
      int b = Math.min(p.length - 1, k + 1);
      double sum = 0;
      for (int j = a; j <= b; j++) {
        sum += p[j];
      }
      s[k] = sum / (b - a + 1);
    }
    return s;
  }

  /** Index where the first long enough air run begins; -1 none, -2 too little contrast. */
  private static int airStart(double[] p, ImageProcessor frame) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      max = Math.max(max, v);
    }
    double range = frame.getMax() - frame.getMin();
    if (p.length < 2 || !(max - p[0] > MIN_CONTRAST_SHARE * (range > 0 ? range : 1))) {
      return -2;
    }
    double level = max - AIR_BAND * (max - p[0]);
    int minRun = (int) Math.ceil(MIN_AIR_RUN_PX / STEP_PX);
    int run = 0;
    for (int k = 1; k < p.length; k++) {
      run = p[k] >= level ? run + 1 : 0;
      if (run >= minRun) {
        return k - run + 1;
      }
    }
    return -1;
  }

  /** Index k in [from, to) with the largest rise p[k + 1] - p[k]. */
  private static int steepestRise(double[] p, int from, int to) {
    int best = from;
    double bestRise = Double.NEGATIVE_INFINITY;
    for (int k = from; k < to && k + 1 < p.length; k++) {
      double rise = p[k + 1] - p[k];
      if (rise > bestRise) {
        bestRise = rise;
        best = k;
      }
    }
    return best;
  }
}
