package org.injectplan.segment.capsule;

import java.util.Locale;
import org.injectplan.image.BoxMean;
import org.injectplan.image.Mask;
import org.injectplan.segment.GreyWindow;

/**
 * The dark space around a click, local and depth-compensated. The filtered grey is divided by the tissue
 * level of its depth ({@link DepthProfile}), so tissue is 1 at every depth and a space is dark for its depth,
 * not against one global level that the attenuated deep field also passes. The space's own level is read at
 * the click. Rays cast from the click find where the echo first rises halfway to the median around it; too
 * many rays without one, and the click is not in a bounded space; the wall's level is the median of the
 * brightest echo just beyond those crossings, and a click not clearly darker than its wall is refused. The
 * outline is then the wall itself, found by {@link WallContour}: the closed contour of greatest echo step out
 * of the dark around the click, whose logarithm of the radius changes by at most {@link #MAX_LOG_SLOPE} per
 * radian of direction (an ellipse of aspect 3, about the flattest vessel, needs 1.33), with no echo as bright
 * as the wall inside it, and outlier rays (a speck of echo in the lumen, a gap in the wall) replaced by their
 * neighbours' median. A threshold of the echo would stop at the speckle of a grey lumen and run through
 * hypoechoic muscle beside a black one; the wall does neither.
 */
final class SeededSpace {
  /** Directions cast from the click. */
  static final int RAYS = 128;
  /** Longest ray: a recess is at most a few centimetres long. */
  static final double MAX_RAY_MM = 25;
  /** The click must be darker than this share of the tissue at its depth to be a dark space. */
  static final double MAX_SPACE_RATIO = 0.75;
  /** The crossing counts only when the echo stays above the edge level this far (speckle is finer). */
  static final double WALL_RUN_MM = 0.3;
  /** Bound on |d ln r / d theta| of the outline, per radian (an ellipse of aspect A needs (A^2-1)/2A). */
  static final double MAX_LOG_SLOPE = 1.33;
  /** Half-side of the filter on which the wall is placed. */
  static final double EDGE_FILTER_MM = 0.4;
  /** Share of the way from the space's level to the tissue's where the edge lies. */
  static final double EDGE_SHARE = 0.5;
  /** Half-side of the square whose median is the first guess of the tissue level around the click. */
  static final double AROUND_MM = 8;
  /** The first guess of the edge is at least this much above the click's level. */
  static final double MIN_RISE = 0.25;
  /** The wall is looked for this far beyond the first crossing. */
  static final double WALL_MM = 1.5;
  /**
   * A space is bounded by its wall in most directions; tissue around a click is not (on real vessels
   * at most 49% of the rays find no wall in 99 of 100 clicks, a vessel cut by the region's edge included).
   */
  static final double MAX_OPEN_SHARE = 0.5;
  /** Smallest space from a click, a disc this wide (a speck is smaller): dark pixels grown and contour. */
  static final double MIN_SPACE_MM = 1.0;
  /** A reflector casting a shadow is at least this many times the tissue level at its depth (+6 dB). */
  static final double REFLECTOR_RATIO = 2.0;

  /**
   * The space, or why there is none.
   *
   * @param inside window-sized mask (row-major over the analysis window), null when refused
   * @param darkPx area of the pixels grown from the click below the edge level, halfway from the
   *     click's echo to the wall's, inside the rays' slope-bounded envelope (0 when refused): the
   *     space by a threshold, which a component found by the global level is checked against
   * @param spaceRatio the click's level over the tissue level at its depth
   * @param reason why refused, or null
   */
  record Result(boolean[] inside, int darkPx, double spaceRatio, String reason) {
  }

  private SeededSpace() {
  }

  /** The space around window pixel (sx, sy). */
  static Result of(FrameAnalysis a, DepthProfile depth, int sx, int sy) {
    GreyWindow w = a.window();
    int ww = w.width();
    int wh = w.height();
    double mm = Math.min(a.mmPerPixelX(), a.mmPerPixelY());
    double ratio = a.smooth()[sy * ww + sx] / depth.levelAt(sy);
    int reach = (int) Math.ceil(MAX_RAY_MM / mm);
    int x0 = Math.max(0, sx - reach);
    int y0 = Math.max(0, sy - reach);
    int sw = Math.min(ww - 1, sx + reach) - x0 + 1;
    int sh = Math.min(wh - 1, sy + reach) - y0 + 1;
    float[] fine = fine(w, depth, x0, y0, sw, sh, mm);
    int cx = sx - x0;
    int cy = sy - y0;
    double around = localMedian(fine, sw, sh, cx, cy, (int) Math.round(AROUND_MM / mm));
    double first = Math.max(ratio + EDGE_SHARE * (around - ratio), ratio * (1 + MIN_RISE));
    double[] radius = rays(fine, sw, sh, cx, cy, first, a);
    double open = openShare(radius);
    if (open > MAX_OPEN_SHARE) {
      return new Result(null, 0, ratio, String.format(Locale.ROOT, "no dark space at the click: no wall bounds it in "
          + "%.0f%% of directions (a fluid space is bounded in at least %.0f%%)", 100 * open,
          100 * (1 - MAX_OPEN_SHARE)));
    }
    double wall = wallLevel(fine, sw, sh, cx, cy, radius, (int) Math.round(WALL_MM / mm));
    if (!(ratio < MAX_SPACE_RATIO * wall)) {
      return new Result(null, 0, ratio, String.format(Locale.ROOT, "no dark space at the click: its echo is %.0f%% of "
          + "the wall's around it (a fluid space is below %.0f%%)", 100 * ratio / wall, 100 * MAX_SPACE_RATIO));
    }
    double edge = ratio + EDGE_SHARE * (wall - ratio);
    double[] reachPx = rays(fine, sw, sh, cx, cy, edge, a);
    envelope(reachPx);
    int darkPx = fillHolesAndCount(grow(fine, new Star(reachPx, cx, cy), sw, sh, cy * sw + cx, edge), sw, sh);
    radius = WallContour.radii(fine, sw, sh, cx, cy, RAYS, a.mmPerPixelX(), a.mmPerPixelY(), reach, wall);
    boolean[] in = starMask(radius, sw, sh, cx, cy);
    int areaPx = fillHolesAndCount(in, sw, sh);
    double minPx = Math.PI / 4 * MIN_SPACE_MM * MIN_SPACE_MM / (a.mmPerPixelX() * a.mmPerPixelY());
    int held = Math.min(areaPx, darkPx);
    if (held < minPx) {
      return new Result(null, 0, ratio, String.format(Locale.ROOT, "no dark space at the click: what it would hold is "
          + "%d pixel(s), less than a disc %.1f mm across (%.0f pixels), the smallest fluid space worth outlining",
          held, MIN_SPACE_MM, Math.ceil(minPx)));
    }
    boolean[] out = new boolean[ww * wh];
    for (int y = 0; y < sh; y++) {
      System.arraycopy(in, y * sw, out, (y + y0) * ww + x0, sw);
    }
    return new Result(out, darkPx, ratio, null);
  }

  /** The grey of the sub-window filtered over EDGE_FILTER_MM and divided by the tissue level of its depth. */
  private static float[] fine(GreyWindow w, DepthProfile depth, int x0, int y0, int sw, int sh, double mm) {
    int[] grey = new int[sw * sh];
    for (int y = 0; y < sh; y++) {
      System.arraycopy(w.grey(), (y + y0) * w.width() + x0, grey, y * sw, sw);
    }
    float[] fine = BoxMean.filter(grey, sw, sh, Math.max(1, (int) Math.round(EDGE_FILTER_MM / mm)));
    for (int y = 0; y < sh; y++) {
      double t = depth.levelAt(y + y0);
      for (int x = 0; x < sw; x++) {
        fine[y * sw + x] /= (float) t;
      }
    }
    return fine;
  }

  /** Share of the rays that found no crossing before leaving the search (negative radii). */
  private static double openShare(double[] radius) {
    int open = 0;
    for (double r : radius) {
      open += r < 0 ? 1 : 0;
    }
    return (double) open / radius.length;
  }

  /** Radius in pixels along each ray to the first sustained crossing of the edge level (or the sub-window's edge). */
  private static double[] rays(float[] c, int sw, int sh, int cx, int cy, double edge, FrameAnalysis a) {
    double[] r = new double[RAYS];
    double step = 0.5;
    for (int k = 0; k < RAYS; k++) {
      double th = 2 * Math.PI * k / RAYS;
      double dx = Math.cos(th);
      double dy = Math.sin(th);
      double mmPerStep = step * Math.hypot(dx * a.mmPerPixelX(), dy * a.mmPerPixelY());
      int need = Math.max(1, (int) Math.ceil(WALL_RUN_MM / mmPerStep));
      int run = 0;
      double t = 0;
      double found = -1;
      while (found < 0) {
        t += step;
        int x = (int) Math.floor(cx + 0.5 + t * dx);
        int y = (int) Math.floor(cy + 0.5 + t * dy);
        if (x < 0 || y < 0 || x >= sw || y >= sh) {
          found = -t;
          break;
        }
        run = c[y * sw + x] > edge ? run + 1 : 0;
        if (run >= need) {
          found = t - (run - 1) * step;
        }
      }
      r[k] = found < 0 ? found : Math.max(1, found);
    }
    return r;
  }

  /** Median of the values in the square of half-side r around (cx, cy). */
  private static double localMedian(float[] c, int sw, int sh, int cx, int cy, int r) {
    int xa = Math.max(0, cx - r);
    int xb = Math.min(sw - 1, cx + r);
    int ya = Math.max(0, cy - r);
    int yb = Math.min(sh - 1, cy + r);
    float[] v = new float[(xb - xa + 1) * (yb - ya + 1)];
    int n = 0;
    for (int y = ya; y <= yb; y++) {
      for (int x = xa; x <= xb; x++) {
        v[n++] = c[y * sw + x];
      }
    }
    return select(v, n, n / 2);
  }

  /** The k-th smallest of v[0..n) (0-based; v is reordered): Hoare's selection, as a sort would give. */
  static float select(float[] v, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      float pivot = v[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (v[i] < pivot) {
          i++;
        }
        while (v[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = v[i];
          v[i++] = v[j];
          v[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return v[k];
      }
    }
    return v[k];
  }

  /**
   * {@link Mask#fillHoles} on the mask's bounding box grown by a pixel (the same result: the
   * background outside the box is one piece that reaches the window's edge), and the area.
   */
  private static int fillHolesAndCount(boolean[] in, int sw, int sh) {
    int xa = sw;
    int xb = -1;
    int ya = sh;
    int yb = -1;
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        if (in[y * sw + x]) {
          xa = Math.min(xa, x);
          xb = Math.max(xb, x);
          ya = Math.min(ya, y);
          yb = Math.max(yb, y);
        }
      }
    }
    if (xb < 0) {
      return 0;
    }
    xa = Math.max(0, xa - 1);
    ya = Math.max(0, ya - 1);
    xb = Math.min(sw - 1, xb + 1);
    yb = Math.min(sh - 1, yb + 1);
    int bw = xb - xa + 1;
    int bh = yb - ya + 1;
    boolean[] box = new boolean[bw * bh];
    for (int y = 0; y < bh; y++) {
      System.arraycopy(in, (y + ya) * sw + xa, box, y * bw, bw);
    }
    Mask.fillHoles(box, bw, bh);
    int n = 0;
    for (int y = 0; y < bh; y++) {
      System.arraycopy(box, y * bw, in, (y + ya) * sw + xa, bw);
      for (int x = 0; x < bw; x++) {
        n += box[y * bw + x] ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * The wall's level: over the rays, the median of the brightest value within {@code span} pixels
   * beyond each ray's crossing (the echogenic wall the crossing runs into).
   */
  private static double wallLevel(float[] c, int sw, int sh, int cx, int cy, double[] radius, int span) {
    double[] peak = new double[RAYS];
    int n = 0;
    for (int k = 0; k < RAYS; k++) {
      double th = 2 * Math.PI * k / RAYS;
      double best = -1;
      if (radius[k] < 0) {
        continue;
      }
      for (double t = radius[k]; t <= radius[k] + span; t += 0.5) {
        int x = (int) Math.floor(cx + 0.5 + t * Math.cos(th));
        int y = (int) Math.floor(cy + 0.5 + t * Math.sin(th));
        if (x < 0 || y < 0 || x >= sw || y >= sh) {
          break;
        }
        best = Math.max(best, c[y * sw + x]);
      }
      if (best >= 0) {
        peak[n++] = best;
      }
    }
    if (n == 0) {
      return 1;
    }
    java.util.Arrays.sort(peak, 0, n);
    return peak[n / 2];
  }

  /** Bounds the radii so that ln r changes by at most MAX_LOG_SLOPE per radian (circular, in place). */
  static void envelope(double[] r) {
    int n = r.length;
    double s = MAX_LOG_SLOPE * 2 * Math.PI / n;
    double[] lr = new double[n];
    for (int i = 0; i < n; i++) {
      lr[i] = r[i] < 0 ? Double.MAX_VALUE / 4 : Math.log(r[i]);
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 1; i <= 2 * n; i++) {
        lr[i % n] = Math.min(lr[i % n], lr[(i - 1) % n] + s);
      }
      for (int i = 2 * n - 1; i >= 0; i--) {
        lr[i % n] = Math.min(lr[i % n], lr[(i + 1) % n] + s);
      }
    }
    for (int i = 0; i < n; i++) {
      r[i] = r[i] < 0 ? Math.min(-r[i], Math.exp(Math.min(lr[i], 700))) : Math.exp(lr[i]);
    }
  }

  /** Pixels whose distance from the centre is within the radius of their direction (interpolated). */
  private static boolean[] starMask(double[] r, int sw, int sh, int cx, int cy) {
    Star star = new Star(r, cx, cy);
    boolean[] m = new boolean[sw * sh];
    int e = (int) Math.ceil(star.max) + 1;
    for (int y = Math.max(0, cy - e); y <= Math.min(sh - 1, cy + e); y++) {
      for (int x = Math.max(0, cx - e); x <= Math.min(sw - 1, cx + e); x++) {
        m[y * sw + x] = star.contains(x, y);
      }
    }
    return m;
  }

  /**
   * A star-shaped region: radius r[k] in direction 2 pi k / n from (cx, cy), linear between. A
   * pixel well inside the shortest radius or well outside the longest is decided without its angle.
   */
  private static final class Star {
    private final double[] r;
    private final int cx;
    private final int cy;
    private final double max;
    private final double surelyIn2;
    private final double surelyOut2;

    Star(double[] r, int cx, int cy) {
      this.r = r;
      this.cx = cx;
      this.cy = cy;
      double lo = Double.MAX_VALUE;
      double hi = 0;
      for (double v : r) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      this.max = hi;
      this.surelyIn2 = (lo + 0.5) * (lo + 0.5) * (1 - 1e-9) - 1e-9;
      this.surelyOut2 = (hi + 0.5) * (hi + 0.5) * (1 + 1e-9) + 1e-9;
    }

    boolean contains(int x, int y) {
      double dx = x - cx;
      double dy = y - cy;
      double d2 = dx * dx + dy * dy;
      if (d2 < surelyIn2) {
        return true;
      }
      if (d2 > surelyOut2) {
        return false;
      }
      int n = r.length;
      double d = Math.hypot(dx, dy);
      double u = (Math.atan2(dy, dx) + 2 * Math.PI) % (2 * Math.PI) / (2 * Math.PI) * n;
      int k = (int) Math.floor(u) % n;
      double f = u - Math.floor(u);
      double rad = r[k] * (1 - f) + r[(k + 1) % n] * f;
      return d <= rad + 0.5;
    }
  }

  /** 4-connected growth from the click over pixels below the edge level inside the envelope (star). */
  private static boolean[] grow(float[] c, Star star, int sw, int sh, int start, double edge) {
    boolean[] in = new boolean[c.length];
    int[] stack = new int[c.length];
    int top = 0;
    in[start] = true;
    stack[top++] = start;
    while (top > 0) {
      int q = stack[--top];
      int x = q % sw;
      int[] nb = {x > 0 ? q - 1 : -1, x < sw - 1 ? q + 1 : -1, q - sw, q + sw};
      for (int v : nb) {
        if (v >= 0 && v < c.length && !in[v] && c[v] <= edge && star.contains(v % sw, v / sw)) {
          in[v] = true;
          stack[top++] = v;
        }
      }
    }
    return in;
  }
}
