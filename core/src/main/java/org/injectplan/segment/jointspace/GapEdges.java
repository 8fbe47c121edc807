package org.injectplan.segment.jointspace;

import ij.process.FloatProcessor;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Mask;

/**
 * Places a joint space between its two articular surfaces. From each point of a rough centre
 * line (the lucent band's skeleton), the smoothed frame is sampled across the band (the lucency
 * filter's orientation there) every quarter pixel; the surface on either side is the steepest
 * step into the gap (the greatest rise before the profile's peak, the greatest fall after it).
 * The refined centre point is midway between the two surfaces, and the gap between them is
 * painted into the mask. A point without a rise on one side and a fall on the other is dropped.
 * Cost: points x (reach / step), bounded by the band's skeleton.
 */
final class GapEdges {
  private static final double STEP_PX = 0.25;
  /** Where the profile's peak (the split between the two sides) is looked for, pixels either side of the point. */
  private static final double PEAK_PX = 2;

  /**
   * The refined centre line (pixel coordinates, centres at +0.5), the gap between the surfaces, the
   * mean over the line of the weaker surface's step (per pixel), and the share of points kept.
   */
  record Result(List<double[]> centreLinePx, boolean[] mask, double edgeStrength, double validShare, double widthPx) {
  }

  private GapEdges() {
  }

  static Result of(FloatProcessor smoothed, LucencyFilter.Map map, List<double[]> skeleton, double reachPx) {
    int w = smoothed.getWidth();
    int h = smoothed.getHeight();
    boolean[] mask = new boolean[w * h];
    List<double[]> line = new ArrayList<>();
    int n = (int) Math.ceil(reachPx / STEP_PX);
    double[] g = new double[2 * n + 1];
    double strength = 0;
    double width = 0;
    for (double[] p : skeleton) {
      int i = (int) p[1] * w + (int) p[0];
      double[] u = map.across(i);
      for (int j = -n; j <= n; j++) {
        double s = j * STEP_PX;
        g[j + n] = smoothed.getInterpolatedValue(p[0] - 0.5 + s * u[0], p[1] - 0.5 + s * u[1]);
      }
      double[] sides = sides(g, n);
      if (sides == null) {
        continue;
      }
      strength += sides[2];
      width += sides[1] - sides[0];
      double mid = (sides[0] + sides[1]) / 2;
      line.add(new double[] {p[0] + mid * u[0], p[1] + mid * u[1]});
      // the pixels whose centres lie between the surfaces (at least the middle one)
      double first = Math.min(mid, sides[0] + 0.5);
      for (double s = first; s <= Math.max(mid, sides[1] - 0.5) + 1e-9; s += 0.5) {
        int x = (int) Math.floor(p[0] + s * u[0]);
        int y = (int) Math.floor(p[1] + s * u[1]);
        if (x >= 0 && y >= 0 && x < w && y < h) {
          mask[y * w + x] = true;
        }
      }
    }
    Mask.fillHoles(mask, w, h);
    return new Result(line, mask, line.isEmpty() ? 0 : strength / line.size(),
        skeleton.isEmpty() ? 0 : line.size() / (double) skeleton.size(), line.isEmpty() ? 0 : width / line.size());
  }

  /**
   * Offsets (pixels) of the steepest rise before the peak and the steepest fall after it, and the
   * lesser of the two steps; null if either is missing.
   */
  private static double[] sides(double[] g, int n) {
    int peak = n;
    int k = (int) Math.round(PEAK_PX / STEP_PX);
    for (int j = n - k; j <= n + k; j++) {
      if (g[j] > g[peak]) {
        peak = j;
      }
    }
    int half = (int) Math.round(0.5 / STEP_PX);
    double rise = 0;
    double fall = 0;
    int left = -1;
    int right = -1;
    for (int j = half; j < g.length - half; j++) {
      double d = g[j + half] - g[j - half];
      if (j < peak && d > rise) {
        rise = d;
        left = j;
      } else if (j > peak && -d > fall) {
        fall = -d;
        right = j;
      }
    }
    if (left < 0 || right < 0) {
      return null;
    }
    return new double[] {(left - n) * STEP_PX, (right - n) * STEP_PX, Math.min(rise, fall)};
  }
}
