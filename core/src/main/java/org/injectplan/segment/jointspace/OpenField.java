package org.injectplan.segment.jointspace;

/**
 * The open (collimated) field of a fluoroscopy frame: the rectangle inside the collimator
 * blades. A blade's edge is a step far larger than any anatomy gives (the blade passes a few per
 * cent of the beam: several units of log attenuation at once), so each side is the largest step
 * of the column (or row) means in its outer third, if that step exceeds {@link #MIN_STEP_SHARE}
 * of the frame's range; otherwise the field reaches the frame's edge there. Cost: one pass over
 * the pixels.
 */
final class OpenField {
  /** Least step, over {@link #STEP_PX} pixels, of a blade's edge, as a share of the frame's range. */
  static final double MIN_STEP_SHARE = 0.25;
  static final int STEP_PX = 4;

  private OpenField() {
  }

  /** {x0, y0, x1, y1}, x1 and y1 exclusive, of the open field; the whole frame when no blade is seen. */
  static int[] of(float[] v, int w, int h, double range) {
    if (w < 1 || h < 1 || v.length != w * h || !(range > 0)) {
      throw new IllegalArgumentException("need a " + w + "x" + h + " frame of that many values and a positive range: "
          + v.length + ", " + range);
    }
    double[] cols = new double[w];
    double[] rows = new double[h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        cols[x] += v[y * w + x] / h;
        rows[y] += v[y * w + x] / w;
      }
    }
    double step = MIN_STEP_SHARE * range;
    int[] xs = sides(cols, step);
    int[] ys = sides(rows, step);
    return new int[] {xs[0], ys[0], xs[1], ys[1]};
  }

  /**
   * The first and one past the last index inside the field along one profile: at the largest step
   * over {@link #STEP_PX} in the outer third, the steepest single-pixel step within it.
   */
  private static int[] sides(double[] m, double step) {
    int n = m.length;
    int half = STEP_PX / 2;
    int up = -1;
    int down = -1;
    double bestUp = step;
    double bestDown = step;
    for (int i = half; i < n - half; i++) {
      double d = m[i + half] - m[i - half];
      if (i < n / 3 && d > bestUp) {
        bestUp = d;
        up = i;
      }
      if (i >= n - n / 3 && -d > bestDown) {
        bestDown = -d;
        down = i;
      }
    }
    int lo = up < 0 ? 0 : steepest(m, up - half + 1, up + half, 1);
    int hi = down < 0 ? n : steepest(m, down - half + 1, down + half, -1);
    return new int[] {lo, Math.max(lo + 1, hi)};
  }

  /** The j in [from, to] where sign (m[j] - m[j - 1]) is greatest. */
  private static int steepest(double[] m, int from, int to, int sign) {
    int best = from;
    for (int j = from; j <= to; j++) {
      if (sign * (m[j] - m[j - 1]) > sign * (m[best] - m[best - 1])) {
        best = j;
      }
    }
    return best;
  }
}
