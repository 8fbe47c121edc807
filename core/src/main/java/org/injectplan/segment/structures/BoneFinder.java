package org.injectplan.segment.structures;

/**
 * Bone and its acoustic shadow on an ultrasound frame: bone is a bright specular reflector,
 * continuous over several mm, that reflects and absorbs nearly all of the beam, so below it the
 * image is dark down to the bottom of the region, darker by many dB than the tissue beside it at
 * the same depth. Fascia is bright with tissue visible below it; the deep field dark from
 * attenuation has no bright line above it and is as dark in the columns beside it.
 *
 * <p>Candidates, per column: the shadow starts at the shallowest depth below which (almost)
 * nothing is brighter than {@link #SHADOW_LEVEL} of the tissue's median echo; it is at least
 * {@link #MIN_SHADOW_MM} deep and its mean at most {@link #SHADOW_RATIO} of the tissue's level over
 * the same rows ({@link DepthLevel}, taken as at least {@link #DEEP_FIELD_SHARE} of the tissue's just
 * above the reflector). The column has a surface echo when the brightest pixel within
 * {@link #ECHO_SEARCH_MM} above the shadow, at least {@link #MIN_DEPTH_MM} deep, reaches the tissue
 * median or the tissue's level at its own depth (bright for its depth); without one, the column is
 * kept only when its shadow is at least {@link #LONG_SHADOW_MM} deep (a steep surface returns
 * little). The structure runs from the surface (where the echo rises half-way from the tissue's
 * level to its peak) to the bottom; the start is the median over {@link #MEDIAN_HALF_WIDTH_MM}
 * either side, and runs narrower than {@link #MIN_WIDTH_MM} are dropped.
 *
 * <p>Bone, per run: a reflector is a stretch of columns whose starts step by at most
 * {@link #MAX_STEP_MM} from column to column and that holds at least {@link #MIN_REFLECTOR_MM} of
 * columns with a surface echo (half of it where the region's side cuts the stretch, with
 * {@link #SIDE_DB} more shadow), widened either side over the columns without a surface echo or
 * whose surface rises by at most a step (a convex bone's steep sides fall away, returning little). It is bone only when the echo beneath
 * it is at least {@link #SHADOW_DB} below the tissue beside it at the same depth
 * ({@link BoneShadow}); only the columns of such reflectors are kept.
 */
final class BoneFinder {
  /** Share of the tissue median under which a pixel counts as shadow. */
  static final double SHADOW_LEVEL = 0.5;
  /** Largest share of brighter pixels below the start tolerated in a shadow (far-field noise). */
  static final double SHADOW_BRIGHT_SHARE = 0.02;
  /** Share of the tissue median a surface echo exceeds. */
  static final double ECHO_LEVEL = 1.0;
  static final double ECHO_SEARCH_MM = 2.0;
  static final double MIN_WIDTH_MM = 2.0;
  static final double MEDIAN_HALF_WIDTH_MM = 0.5;
  /** A shadow at least this deep (mm) is bone even without a clear surface echo above it. */
  static final double LONG_SHADOW_MM = 8.0;
  /** Least shadow depth, mm: a shorter dark run at the bottom is not a bone's shadow. */
  static final double MIN_SHADOW_MM = 3.0;
  /**
   * A shadow's mean echo is at most this share of the tissue's level at its depth (0.5 = -6 dB);
   * the deep field dark from attenuation is at about 1.
   */
  static final double SHADOW_RATIO = 0.5;
  /**
   * The tissue's level below a reflector is taken as at least this share of the level just above
   * it (-6 dB): a shadow as wide as the region makes the rows' level its own.
   */
  static final double DEEP_FIELD_SHARE = 0.5;
  /** How far above a reflector the soft tissue over it is measured, mm. */
  static final double ABOVE_MM = 4.0;
  /**
   * Least depth of a bone surface, mm: skin and subcutis lie above it (the skin line over a part
   * of the region that the footprint does not image is no reflector with a shadow).
   */
  static final double MIN_DEPTH_MM = 3.0;
  /** Lateral extent of the continuous reflector a run must hold, mm ("several mm" of cortex). */
  static final double MIN_REFLECTOR_MM = 5.0;
  /** Largest step of the reflector's start between neighbouring columns, mm: a surface is continuous. */
  static final double MAX_STEP_MM = 1.0;

  /**
   * Least darkening of the shadow against the tissue beside it at the same depth, dB
   * ({@link BoneShadow}): "many dB" under bone; attenuation darkens neighbouring columns alike.
   */
  static final double SHADOW_DB = 10;
  /** Extra darkening asked of a reflector seen only in part where the region's side cuts it, dB. */
  static final double SIDE_DB = 6;

  private BoneFinder() {
  }

  /**
   * Per column of the window, the row where the bone structure starts, or -1.
   *
   * @param level the tissue's level at each row ({@link DepthLevel#of})
   */
  static int[] surface(EchoWindow w, double tissueMedian, double[] level) {
    int[] start = new int[w.width()];
    boolean[] echoed = new boolean[w.width()];
    int[] dark = new int[w.width()];
    int[] peaks = new int[w.width()];
    java.util.Arrays.fill(dark, -1);
    java.util.Arrays.fill(peaks, -1);
    for (int x = 0; x < w.width(); x++) {
      start[x] = -1;
      int best = shadowStart(w, x, SHADOW_LEVEL * tissueMedian);
      if (best < 0 || w.height() - best < w.px(MIN_SHADOW_MM)) {
        continue;
      }
      int peak = -1;
      for (int y = best - 1; y >= Math.max(0, best - w.px(ECHO_SEARCH_MM)); y--) {
        if (peak < 0 || w.at(x, y) > w.at(x, peak)) {
          peak = y;
        }
      }
      dark[x] = best;
      peaks[x] = Math.max(0, peak);
      if (shadowRatio(w, level, x, best, Math.max(0, peak)) > SHADOW_RATIO) {
        continue;
      }
      double echoLevel = ECHO_LEVEL * Math.min(tissueMedian, level[Math.max(0, peak)]);
      if (peak < w.px(MIN_DEPTH_MM) || w.at(x, peak) < echoLevel) {
        // No clear surface echo (a steep, specular surface returns little): a long shadow is still bone.
        start[x] = w.height() - best >= w.px(LONG_SHADOW_MM) ? best : -1;
      } else {
        // The surface: where the echo rises to half-way between the tissue and its peak.
        double half = 0.5 * (tissueMedian + w.at(x, peak));
        int y = peak;
        while (y > 0 && w.at(x, y - 1) >= half) {
          y--;
        }
        start[x] = y;
        echoed[x] = true;
      }
    }
    return clean(start, echoed, dark, peaks, w);
  }

  /** From the bottom up: the shallowest row from which few pixels down are brighter than {@code dark}, or -1. */
  static int shadowStart(EchoWindow w, int x, double dark) {
    int bright = 0;
    int best = -1;
    for (int y = w.height() - 1; y >= 0; y--) {
      if (w.at(x, y) > dark) {
        bright++;
      }
      int below = w.height() - y;
      if (bright <= SHADOW_BRIGHT_SHARE * below && w.at(x, y) <= dark) {
        best = y;
      } else if (bright > SHADOW_BRIGHT_SHARE * below + 2) {
        break;
      }
    }
    return best;
  }

  /**
   * Mean echo of column x from row y0 to the bottom over the tissue's level there: the mean level
   * of those rows, but at least {@link #DEEP_FIELD_SHARE} of the tissue's above the reflector at row
   * {@code peak} (the level of the row {@link #ECHO_SEARCH_MM} above it, or the column's own mean
   * from {@link #ABOVE_MM} to {@link #ECHO_SEARCH_MM} above it if higher: a shadow wider than the
   * region's quarter makes the rows' level its own).
   */
  static double shadowRatio(EchoWindow w, double[] level, int x, int y0, int peak) {
    double echo = 0;
    double tissue = 0;
    for (int y = y0; y < w.height(); y++) {
      echo += w.at(x, y);
      tissue += level[y];
    }
    int n = w.height() - y0;
    int ya = Math.max(0, peak - w.px(ABOVE_MM));
    int yb = Math.max(0, peak - w.px(ECHO_SEARCH_MM));
    double column = 0;
    for (int y = ya; y <= yb; y++) {
      column += w.at(x, y);
    }
    double above = Math.max(level[yb], column / (yb - ya + 1));
    return echo / n / Math.max(tissue / n, DEEP_FIELD_SHARE * above);
  }

  private static int[] clean(int[] start, boolean[] echoed, int[] dark, int[] peaks, EchoWindow w) {
    int half = w.px(MEDIAN_HALF_WIDTH_MM);
    int[] out = new int[start.length];
    int[] buf = new int[2 * half + 1];
    for (int x = 0; x < start.length; x++) {
      if (start[x] < 0) {
        out[x] = -1;
        continue;
      }
      int n = 0;
      for (int k = Math.max(0, x - half); k <= Math.min(start.length - 1, x + half); k++) {
        if (start[k] >= 0) {
          buf[n++] = start[k];
        }
      }
      java.util.Arrays.sort(buf, 0, n);
      out[x] = buf[n / 2];
    }
    int minRun = w.px(MIN_WIDTH_MM);
    int[] taken = out.clone();
    for (int x = 0; x < out.length;) {
      if (out[x] < 0) {
        x++;
        continue;
      }
      int e = x;
      while (e < out.length && out[e] >= 0) {
        e++;
      }
      if (e - x < minRun) {
        java.util.Arrays.fill(out, x, e, -1);
      } else {
        underReflectors(out, echoed, taken, dark, peaks, x, e, w);
      }
      x = e;
    }
    return out;
  }

  /**
   * Keeps of the run [from, to) only the columns beneath a continuous reflector whose shadow is dark
   * against the tissue beside it ({@link BoneShadow#shadowDb}), widened over the columns either side
   * that have no surface echo or whose surface rises by at most a step (a convex bone's steep sides
   * fall away and return little echo).
   */
  static void underReflectors(int[] out, boolean[] echoed, int[] taken, int[] dark, int[] peaks, int from, int to,
      EchoWindow w) {
    int step = w.px(MAX_STEP_MM);
    int least = w.px(MIN_REFLECTOR_MM);
    boolean[] keep = new boolean[to - from];
    for (int x = from; x < to;) {
      int e = x + 1;
      int n = echoed[x] ? 1 : 0;
      while (e < to && Math.abs(out[e] - out[e - 1]) <= step) {
        n += echoed[e] ? 1 : 0;
        e++;
      }
      boolean side = x == 0 || e == out.length;
      if (n >= least || side && n >= least / 2) {
        int l = x;
        while (l > from && (!echoed[l - 1] || out[l - 1] >= out[l] - step)) {
          l--;
        }
        int r = e;
        while (r < to && (!echoed[r] || out[r] >= out[r - 1] - step)) {
          r++;
        }
        double db = BoneShadow.shadowDb(w, taken, dark, peaks, l, r) + (n >= least ? 0 : SIDE_DB);
        if (db <= -SHADOW_DB) {
          java.util.Arrays.fill(keep, l - from, r - from, true);
        }
      }
      x = e;
    }
    for (int x = from; x < to; x++) {
      out[x] = keep[x - from] ? out[x] : -1;
    }
  }

  /** The window mask of bone and shadow from the per-column start rows. */
  static boolean[] mask(EchoWindow w, int[] start) {
    boolean[] in = new boolean[w.width() * w.height()];
    for (int x = 0; x < w.width(); x++) {
      for (int y = Math.max(0, start[x]); start[x] >= 0 && y < w.height(); y++) {
        in[y * w.width() + x] = true;
      }
    }
    return in;
  }
}
