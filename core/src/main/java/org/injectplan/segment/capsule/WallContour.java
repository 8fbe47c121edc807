package org.injectplan.segment.capsule;

import java.util.Arrays;

/**
 * The wall around a click as one closed contour in polar coordinates. Along each ray from the
 * click every radius is scored by the step of the logarithmic echo across it (the mean over
 * {@link #STEP_MM} outside minus the mean over as much inside), less the echo inside it that is
 * as bright as the wall: a lumen's wall is where the echo rises out of the dark, and on a log
 * scale an anechoic lumen against hypoechoic muscle is a step as strong as that muscle against a
 * bright fascia beyond it, so the first wall is not passed for a brighter one. The contour is the
 * one of highest total score whose ln r changes by at most {@link SeededSpace#MAX_LOG_SLOPE} per
 * radian between neighbouring rays, each change of ln r costing {@link #LOG_RADIUS_COST} (dynamic
 * programming around the circle, run three turns, the middle one kept so that it closes). The
 * logarithm's slope is steepest on the dark side of a blurred wall, so on each ray the wall is
 * then placed where the step of the echo itself is greatest within {@link #LOCATE_MM} (the
 * middle of the blur), and a ray out of line with the rays of the {@link #OUTLIER_ARC_DEG} around
 * it (a speck of echo in the lumen, a gap in the wall) takes their median: a lumen is round or
 * oval.
 */
public final class WallContour {
  /** Length over which the echo is averaged on each side of a candidate wall (about the wall's blur). */
  static final double STEP_MM = 0.5;
  /** The echo is floored at this share of the tissue level (-26 dB) before the logarithm: noise, not signal. */
  static final double FLOOR_RATIO = 0.05;
  /** The contour lies at least this far from the click. */
  static final double MIN_RADIUS_MM = 0.4;
  /** Cost of a change of ln r between neighbouring rays, in units of ln(echo) step (scale-free). */
  static final double LOG_RADIUS_COST = 1.0;
  /** The wall is placed by the echo's own step within this distance of where the log step put it. */
  static final double LOCATE_MM = 1.0;
  /** Arc over which a ray's radius is compared with its neighbours' median. */
  static final double OUTLIER_ARC_DEG = 45;
  private static final int TURNS = 3;

  private WallContour() {
  }

  /**
   * Radius in pixels of the wall along each of {@code rays} directions from (cx, cy).
   *
   * @param fine depth-compensated filtered echo of the sub-window (tissue = 1)
   * @param maxRadiusPx longest radius considered
   * @param wallLevel echo of the wall (same scale): no echo this bright inside the contour
   * @throws IllegalArgumentException on fewer than 8 rays, a centre outside the sub-window, or a
   *     pixel size, radius or wall level that is not positive
   */
  public static double[] radii(float[] fine, int sw, int sh, int cx, int cy, int rays, double mmX, double mmY,
      double maxRadiusPx, double wallLevel) {
    if (rays < 8 || !(mmX > 0 && mmY > 0 && maxRadiusPx > 0 && wallLevel > 0) || fine.length != sw * sh
        || cx < 0 || cy < 0 || cx >= sw || cy >= sh) {
      throw new IllegalArgumentException(String.format("bad wall contour input: %d rays, centre (%d, %d) in %dx%d "
          + "(%d values), %.4f x %.4f mm per pixel, radius %.1f px, wall level %.3f", rays, cx, cy, sw, sh,
          fine.length, mmX, mmY, maxRadiusPx, wallLevel));
    }
    int jMin = Math.max(1, (int) Math.round(MIN_RADIUS_MM / Math.min(mmX, mmY)));
    int n = Math.max(jMin + 2, (int) Math.ceil(maxRadiusPx));
    double[][] echo = new double[rays][];
    double[] mmPerSample = new double[rays];
    double[][] score = new double[rays][];
    for (int k = 0; k < rays; k++) {
      double th = 2 * Math.PI * k / rays;
      mmPerSample[k] = Math.hypot(Math.cos(th) * mmX, Math.sin(th) * mmY);
      int m = Math.max(1, (int) Math.round(STEP_MM / mmPerSample[k]));
      echo[k] = profile(fine, sw, sh, cx, cy, th, n + m + 1);
      score[k] = logStep(echo[k], n, m, Math.log(wallLevel), jMin);
    }
    int[] path = bestClosedPath(score, jMin, SeededSpace.MAX_LOG_SLOPE * 2 * Math.PI / rays);
    double[] r = new double[rays];
    for (int k = 0; k < rays; k++) {
      int m = Math.max(1, (int) Math.round(STEP_MM / mmPerSample[k]));
      int reach = Math.max(1, (int) Math.round(LOCATE_MM / mmPerSample[k]));
      r[k] = located(echo[k], path[k], m, reach, jMin, n);
    }
    return circularMedian(r, Math.max(1, (int) Math.round(OUTLIER_ARC_DEG / 360.0 * rays / 2)));
  }

  /** The echo at 1 px steps along one ray (beyond the sub-window, as at its edge). */
  private static double[] profile(float[] fine, int sw, int sh, int cx, int cy, double th, int len) {
    double dx = Math.cos(th);
    double dy = Math.sin(th);
    double[] e = new double[len];
    for (int j = 0; j < len; j++) {
      int x = Math.max(0, Math.min(sw - 1, (int) Math.floor(cx + 0.5 + j * dx)));
      int y = Math.max(0, Math.min(sh - 1, (int) Math.floor(cy + 0.5 + j * dy)));
      e[j] = fine[y * sw + x];
    }
    return e;
  }

  /**
   * The score of each radius j along one ray: the step of ln(echo), mean over (j, j+m] minus mean
   * over (j-m, j], less the excess of ln(echo) over {@code qWall} summed over [0, j] (per m
   * samples, so that a wall's width of echo as bright as the wall inside costs one step). The
   * score ends where it can no longer be positive: more such echo inside than the ray's largest
   * step pays for (and it only falls beyond).
   */
  private static double[] logStep(double[] echo, int n, int m, double qWall, int jMin) {
    double[] cum = new double[n + m + 1];
    for (int j = 0; j < n + m; j++) {
      cum[j + 1] = cum[j] + Math.log(Math.max(FLOOR_RATIO, echo[j]));
    }
    double[] s = new double[n];
    double maxStep = 0;
    for (int j = 0; j < n + m; j++) {
      maxStep = Math.max(maxStep, cum[j + 1] - cum[j] - Math.log(FLOOR_RATIO));
    }
    double brightInside = 0;
    for (int j = 0; j < n; j++) {
      brightInside += Math.max(0, cum[j + 1] - cum[j] - qWall);
      if (brightInside / m > maxStep && j > jMin) {
        return Arrays.copyOf(s, j);
      }
      int a = Math.max(0, j - m + 1);
      double inside = (cum[j + 1] - cum[a]) / (j + 1 - a);
      double outside = (cum[j + m + 1] - cum[j + 1]) / m;
      s[j] = outside - inside - brightInside / m;
    }
    return s;
  }

  /**
   * The radius within {@code reach} samples of j where the step of the echo itself, mean over
   * (i, i+m] minus mean over (i-m, i], is greatest.
   */
  private static double located(double[] echo, int j, int m, int reach, int jMin, int n) {
    int best = j;
    double bestStep = Double.NEGATIVE_INFINITY;
    for (int i = Math.max(jMin, j - reach); i <= Math.min(n - 1, j + reach); i++) {
      double step = 0;
      for (int k = 0; k < m; k++) {
        step += echo[i + 1 + k] - echo[Math.max(0, i - k)];
      }
      if (step > bestStep) {
        bestStep = step;
        best = i;
      }
    }
    return best;
  }

  /** Running median of r over 2 half + 1 neighbouring rays, around the circle. */
  static double[] circularMedian(double[] r, int half) {
    int n = r.length;
    double[] out = new double[n];
    double[] w = new double[2 * half + 1];
    for (int k = 0; k < n; k++) {
      for (int i = -half; i <= half; i++) {
        w[i + half] = r[((k + i) % n + n) % n];
      }
      Arrays.sort(w);
      out[k] = w[half];
    }
    return out;
  }

  /**
   * The radius index per ray maximising the summed score less the cost of the changes of ln r,
   * neighbours within max(1, slope * j) of each other; closed by running the circle three times
   * and keeping the middle turn.
   */
  private static int[] bestClosedPath(double[][] score, int jMin, double slope) {
    int rays = score.length;
    int n = jMin + 1;
    for (double[] sc : score) {
      n = Math.max(n, sc.length);
    }
    double[] logR = new double[n];
    for (int j = 1; j < n; j++) {
      logR[j] = Math.log(j);
    }
    double[] total = new double[n];
    double[] next = new double[n];
    int[][] from = new int[TURNS * rays][n];
    for (int j = 0; j < n; j++) {
      total[j] = j < jMin ? Double.NEGATIVE_INFINITY : at(score[0], j);
    }
    Window w = new Window(n);
    for (int t = 1; t < TURNS * rays; t++) {
      step(total, next, from[t], score[t % rays], logR, jMin, slope, w);
      double[] swap = total;
      total = next;
      next = swap;
    }
    int j = jMin;
    for (int i = jMin; i < n; i++) {
      if (total[i] > total[j]) {
        j = i;
      }
    }
    int[] path = new int[rays];
    for (int t = TURNS * rays - 1; t >= rays; t--) {
      if (t < 2 * rays) {
        path[t % rays] = j;
      }
      j = from[t][j];
    }
    return path;
  }

  /**
   * One ray of the dynamic programme: next[j] = s[j] + max over i within max(1, slope * j) of j of
   * total[i] - cost |ln i - ln j|. Split at j, each side is a maximum of total[i] -+ cost ln i
   * over a window whose ends never move back as j grows, kept by a monotone queue.
   */
  private static void step(double[] total, double[] next, int[] from, double[] s, double[] logR, int jMin,
      double slope, Window w) {
    int n = total.length;
    Arrays.fill(next, 0, jMin, Double.NEGATIVE_INFINITY);
    w.clear();
    int added = jMin;
    for (int j = jMin; j < n; j++) {
      int lo = Math.max(jMin, j - Math.max(1, (int) (slope * j)));
      while (added <= j) {
        w.push(added, total[added] + LOG_RADIUS_COST * logR[added]);
        added++;
      }
      w.dropBefore(lo);
      from[j] = w.best();
      next[j] = w.bestValue() - LOG_RADIUS_COST * logR[j];
    }
    w.clear();
    added = jMin;
    for (int j = jMin; j < n; j++) {
      int hi = Math.min(n - 1, j + Math.max(1, (int) (slope * j)));
      while (added <= hi) {
        w.push(added, total[added] - LOG_RADIUS_COST * logR[added]);
        added++;
      }
      w.dropBefore(j);
      double v = w.bestValue() + LOG_RADIUS_COST * logR[j];
      if (v > next[j]) {
        next[j] = v;
        from[j] = w.best();
      }
      next[j] += at(s, j);
    }
  }

  /** s[j], or minus infinity beyond the ray's scores. */
  private static double at(double[] s, int j) {
    return j < s.length ? s[j] : Double.NEGATIVE_INFINITY;
  }

  /** A sliding-window maximum: indices pushed in increasing order, values decreasing along the queue. */
  private static final class Window {
    private final int[] index;
    private final double[] value;
    private int head;
    private int tail;

    Window(int n) {
      index = new int[n];
      value = new double[n];
    }

    void clear() {
      head = 0;
      tail = 0;
    }

    void push(int i, double v) {
      while (tail > head && value[tail - 1] <= v) {
        tail--;
      }
      index[tail] = i;
      value[tail++] = v;
    }

    void dropBefore(int lo) {
      while (tail > head && index[head] < lo) {
        head++;
      }
    }

    int best() {
      return index[head];
    }

    double bestValue() {
      return value[head];
    }
  }
}
