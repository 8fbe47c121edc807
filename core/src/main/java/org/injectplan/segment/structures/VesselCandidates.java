package org.injectplan.segment.structures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.injectplan.image.BoxMean;
import org.injectplan.segment.capsule.WallContour;

/**
 * Candidate lumens on an {@link EchoWindow}, each with what tells a vessel from the tissue around
 * it. The smoothed echo is divided by the tissue's level at its depth ({@link DepthLevel}: real
 * frames darken with depth, so a lumen is dark <em>for its depth</em>); seeds are the local minima
 * of that image filtered over {@link #COARSE_FILTER_MM} (the middle of a large lumen), then over
 * {@link #SEED_FILTER_MM} (a speckle grain is finer), one per cell at most, darker than
 * {@link #SEED_MAX_DB} and 3 dB darker than its surroundings; each seed is outlined by
 * the seeded segmentation's wall contour ({@link WallContour}), the wall's level being read as a
 * click's is (the median, over rays, of the brightest echo just beyond where the echo first rises
 * halfway to its surroundings), then outlined again from the middle of that outline. A seed
 * inside a candidate already outlined is the same space.
 */
final class VesselCandidates {
  /** Half-side of the box filter of the seed image. */
  static final double SEED_FILTER_MM = 0.6;
  /** Half-side of the box filter of the coarse seed image (the middle of a large lumen). */
  static final double COARSE_FILTER_MM = 2;
  /** Side of the cells of the coarse seeds. */
  static final double COARSE_CELL_MM = 3;
  /** Side of the cells of which each gives at most one seed. */
  static final double SEED_CELL_MM = 1.5;
  /** A seed is at least this much darker than the tissue at its depth. */
  static final double SEED_MAX_DB = -4;
  /** A seed is at least this much darker than the mean of the AROUND_MM square about it (3 dB). */
  static final double MIN_CONTRAST = Math.pow(10, 3 / 20.0);
  /** At most this many seeds per scale, darkest first (a frame holds a few vessels). */
  static final int MAX_SEEDS = 20;
  /** At most this many candidates outlined per frame (the cost of finding: each takes two wall contours). */
  static final int MAX_OUTLINES = 4;
  /** A seed whose first crossings miss in more than this share of directions is in no bounded space. */
  static final double MAX_OPEN_SHARE = 0.5;
  /** Smallest median diameter of the first crossings worth a wall contour (a vessel is 2 mm or more). */
  static final double MIN_ROUGH_MM = 2;
  /** Rays of the wall contour. */
  static final int RAYS = 64;
  /** Longest radius outlined: a 12 mm lumen, with room for its wall. */
  static final double MAX_RADIUS_MM = 7.5;
  /** Half-side of the square whose mean is the surroundings' level for the first edge. */
  static final double AROUND_MM = 4;
  /** The wall is looked for this far beyond the first crossing, and the rim this far beyond the contour. */
  static final double WALL_MM = 1.5;
  /** Distance over which the first crossing must hold (speckle is finer). */
  static final double RUN_MM = 0.3;

  /**
   * One outlined candidate.
   *
   * @param cx seed column (window pixels)
   * @param cy seed row
   * @param radiusPx wall radius per ray
   * @param openShare share of the rays that found no first crossing within MAX_RADIUS_MM
   * @param wallRatio wall level over the tissue at the seed's depth
   * @param box x0, y0, width, height of the mask's box (window pixels)
   * @param mask the inside, over the box
   */
  record Candidate(int cx, int cy, double[] radiusPx, double openShare, double wallRatio, int[] box, boolean[] mask) {
    boolean contains(int x, int y) {
      int u = x - box[0];
      int v = y - box[1];
      return u >= 0 && v >= 0 && u < box[2] && v < box[3] && mask[v * box[2] + u];
    }

    int area() {
      int n = 0;
      for (boolean b : mask) {
        n += b ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * The window's echo over the tissue level of its depth.
   *
   * @param level the tissue's level at each row ({@link DepthLevel#of}: the one made for bone)
   */
  static float[] relative(EchoWindow w, double[] level) {
    int width = w.width();
    float[] smooth = w.smooth();
    float[] out = new float[smooth.length];
    for (int y = 0; y < w.height(); y++) {
      float t = (float) level[y];
      for (int i = y * width, end = i + width; i < end; i++) {
        out[i] = smooth[i] / t;
      }
    }
    return out;
  }

  private final EchoWindow w;
  private final float[] rel;
  /** The relative image in 1/64 of the tissue level, rounded (at most 1000 times the level): what every box mean sums. */
  private final int[] rel64;
  private final float[] around;
  private final boolean[] excluded;

  /** Candidates on the window, seeds not in {@code excluded} (bone, its shadow; may be null). */
  VesselCandidates(EchoWindow w, float[] rel, boolean[] excluded) {
    this.w = w;
    this.rel = rel;
    this.excluded = excluded;
    this.rel64 = quantised(rel);
    this.around = BoxMean.filter(rel64, w.width(), w.height(), w.px(AROUND_MM));
    for (int i = 0; i < around.length; i++) {
      around[i] /= 64;
    }
  }

  /** A relative image in 1/64 of the tissue level (kept to 1000 times the level). */
  private static int[] quantised(float[] rel) {
    int[] q = new int[rel.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = Math.round(64 * Math.min(rel[i], 1000f));
    }
    return q;
  }

  /** Seeds as window indices: those of the coarse scale first, each scale darkest first. */
  int[] seeds() {
    int[] coarse = seeds(COARSE_FILTER_MM, COARSE_CELL_MM);
    int[] fine = seeds(SEED_FILTER_MM, SEED_CELL_MM);
    int[] out = java.util.Arrays.copyOf(coarse, coarse.length + fine.length);
    System.arraycopy(fine, 0, out, coarse.length, fine.length);
    return out;
  }

  /**
   * Seeds at one scale, darkest first. The box mean is compared in 1/64 of the tissue level, and
   * divided by 64 only at the cells' minima: a division by a power of two is exact, so the order
   * and the ties are those of the relative level.
   */
  int[] seeds(double filterMm, double cellMm) {
    int width = w.width();
    int height = w.height();
    float[] s64 = BoxMean.filter(rel64, width, height, w.px(filterMm));
    int cell = w.px(cellMm);
    int cw = (width + cell - 1) / cell;
    int ch = (height + cell - 1) / cell;
    int[] best = cellMinima(s64, width, height, cell, cw, ch);
    double max = Math.pow(10, SEED_MAX_DB / 20);
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < best.length; c++) {
      if (best[c] >= 0 && s64[best[c]] / 64 < max && s64[best[c]] / 64 * MIN_CONTRAST < around[best[c]]
          && isCellMinimum(best, s64, c, cw, ch)) {
        out.add(best[c]);
      }
    }
    out.sort((a, b) -> Float.compare(s64[a] / 64, s64[b] / 64));
    return out.stream().limit(MAX_SEEDS).mapToInt(Integer::intValue).toArray();
  }

  /**
   * The darkest pixel not excluded of each cell (the first in row order on a tie), -1 for a cell
   * with none; cells walked one at a time, each row by row.
   */
  private int[] cellMinima(float[] s, int width, int height, int cell, int cw, int ch) {
    int[] best = new int[cw * ch];
    for (int cy = 0; cy < ch; cy++) {
      int y0 = cy * cell;
      int y1 = Math.min(height, y0 + cell);
      for (int cx = 0; cx < cw; cx++) {
        int x0 = cx * cell;
        int x1 = Math.min(width, x0 + cell);
        int at = -1;
        float v = Float.POSITIVE_INFINITY;
        for (int y = y0; y < y1; y++) {
          for (int i = y * width + x0, end = y * width + x1; i < end; i++) {
            if (s[i] < v && (excluded == null || !excluded[i])) {
              at = i;
              v = s[i];
            }
          }
        }
        best[cy * cw + cx] = at;
      }
    }
    return best;
  }

  private static boolean isCellMinimum(int[] best, float[] s, int c, int cw, int ch) {
    int cx = c % cw;
    int cy = c / cw;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int x = cx + dx;
        int y = cy + dy;
        if ((dx != 0 || dy != 0) && x >= 0 && y >= 0 && x < cw && y < ch) {
          int o = best[y * cw + x];
          if (o >= 0 && (s[o] < s[best[c]] || s[o] == s[best[c]] && o < best[c])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Every seed outlined, a seed inside an earlier outline skipped, as are seeds in no bounded space. */
  List<Candidate> outline() {
    List<Candidate> out = new ArrayList<>();
    for (int seed : seeds()) {
      int x = seed % w.width();
      int y = seed / w.width();
      if (out.size() < MAX_OUTLINES && out.stream().noneMatch(c -> c.contains(x, y))) {
        Candidate c = outline(x, y);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The candidate outlined from window pixel (x, y), or null when the first crossings bound no
   * space (more than {@link #MAX_OPEN_SHARE} of the rays without one) or one smaller than {@link
   * #MIN_ROUGH_MM}. A seed is where the speckle happens to be darkest, often near the wall, and a
   * wall is best seen from the middle: the crossings are cast again from their own centroid before
   * the wall contour is found.
   */
  Candidate outline(int x, int y) {
    double[] cross = crossings(x, y);
    int cx = x;
    int cy = y;
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int k = 0; k < RAYS; k++) {
      if (cross[k] >= 0) {
        sx += x + cross[k] * Math.cos(2 * Math.PI * k / RAYS);
        sy += y + cross[k] * Math.sin(2 * Math.PI * k / RAYS);
        n++;
      }
    }
    if (n > 0 && n >= (1 - MAX_OPEN_SHARE) * RAYS) {
      cx = (int) Math.round(sx / n);
      cy = (int) Math.round(sy / n);
      cross = cx == x && cy == y ? cross : crossings(cx, cy);
    }
    double open = 0;
    double[] sorted = cross.clone();
    Arrays.sort(sorted);
    for (double c : cross) {
      open += c < 0 ? 1.0 / RAYS : 0;
    }
    if (open > MAX_OPEN_SHARE || 2 * sorted[RAYS / 2] * w.mmPerPixel() < MIN_ROUGH_MM) {
      return null;
    }
    double wall = Math.max(firstLevel(cx, cy), wallLevel(cx, cy, cross));
    double[] r = WallContour.radii(rel, w.width(), w.height(), cx, cy, RAYS, w.mmPerPixel(), w.mmPerPixel(),
        w.px(MAX_RADIUS_MM), wall);
    return rasterise(cx, cy, r, open, wall);
  }

  /** The first edge level of a seed: halfway from its echo to its surroundings', and 25% above its echo. */
  private double firstLevel(int x, int y) {
    double v = rel[y * w.width() + x];
    return Math.max(v + 0.5 * (around[y * w.width() + x] - v), v * 1.25);
  }

  /** The first crossing of each ray from (x, y) (-1: none within MAX_RADIUS_MM). */
  private double[] crossings(int x, int y) {
    double first = firstLevel(x, y);
    double[] cross = new double[RAYS];
    for (int k = 0; k < RAYS; k++) {
      cross[k] = firstCrossing(x, y, 2 * Math.PI * k / RAYS, first, w.px(MAX_RADIUS_MM));
    }
    return cross;
  }

  /** Distance in pixels along a ray to where the echo first stays above {@code level} for RUN_MM, or -1. */
  private double firstCrossing(int x, int y, double th, double level, int maxR) {
    double dx = Math.cos(th);
    double dy = Math.sin(th);
    int need = w.px(RUN_MM);
    int run = 0;
    for (int t = 1; t <= maxR; t++) {
      int px = (int) Math.floor(x + 0.5 + t * dx);
      int py = (int) Math.floor(y + 0.5 + t * dy);
      if (px < 0 || py < 0 || px >= w.width() || py >= w.height()) {
        return -1;
      }
      run = rel[py * w.width() + px] > level ? run + 1 : 0;
      if (run >= need) {
        return t - run + 1;
      }
    }
    return -1;
  }

  /** Median over the rays that crossed of the brightest echo within WALL_MM beyond the crossing. */
  private double wallLevel(int x, int y, double[] cross) {
    double[] peak = new double[RAYS];
    int n = 0;
    int span = w.px(WALL_MM);
    for (int k = 0; k < RAYS; k++) {
      if (cross[k] >= 0) {
        peak[n++] = rayMax(x, y, 2 * Math.PI * k / RAYS, cross[k], cross[k] + span);
      }
    }
    if (n == 0) {
      return 1;
    }
    Arrays.sort(peak, 0, n);
    return peak[n / 2];
  }

  /** Brightest relative echo along a ray between distances a and b (pixels), 0 outside the window. */
  double rayMax(int x, int y, double th, double a, double b) {
    double best = 0;
    double dx = Math.cos(th);
    double dy = Math.sin(th);
    for (double t = Math.max(0, a); t <= b; t += 1) {
      int px = (int) Math.floor(x + 0.5 + t * dx);
      int py = (int) Math.floor(y + 0.5 + t * dy);
      if (px < 0 || py < 0 || px >= w.width() || py >= w.height()) {
        break;
      }
      best = Math.max(best, rel[py * w.width() + px]);
    }
    return best;
  }

  private Candidate rasterise(int cx, int cy, double[] r, double open, double wall) {
    double max = 0;
    double min = Double.MAX_VALUE;
    for (double v : r) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    double in2 = (min + 0.5) * (min + 0.5) - 1e-6;
    double out2 = (max + 0.5) * (max + 0.5) + 1e-6;
    int e = (int) Math.ceil(max) + 1;
    int x0 = Math.max(0, cx - e);
    int y0 = Math.max(0, cy - e);
    int x1 = Math.min(w.width() - 1, cx + e);
    int y1 = Math.min(w.height() - 1, cy + e);
    int bw = x1 - x0 + 1;
    boolean[] m = new boolean[bw * (y1 - y0 + 1)];
    int n = r.length;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double dx = x - cx;
        double dy = y - cy;
        double d2 = dx * dx + dy * dy;
        if (d2 < in2 || d2 > out2) {
          m[(y - y0) * bw + x - x0] = d2 < in2;
          continue;
        }
        double u = (Math.atan2(dy, dx) + 2 * Math.PI) % (2 * Math.PI) / (2 * Math.PI) * n;
        int k = (int) Math.floor(u) % n;
        double f = u - Math.floor(u);
        m[(y - y0) * bw + x - x0] = Math.hypot(dx, dy) <= r[k] * (1 - f) + r[(k + 1) % n] * f + 0.5;
      }
    }
    return new Candidate(cx, cy, r, open, wall, new int[] {x0, y0, bw, y1 - y0 + 1}, m);
  }

  float[] rel() {
    return rel;
  }

  EchoWindow window() {
    return w;
  }
}
