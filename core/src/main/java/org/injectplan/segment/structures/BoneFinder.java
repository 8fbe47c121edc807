package org.injectplan.segment.structures;

/**
 * Bone and its acoustic shadow on an ultrasound frame: bone reflects and absorbs nearly all of the
 * beam, so below its bright surface echo the image is dark down to the bottom of the region. In
 * each column the shadow starts at the shallowest depth below which (almost) nothing is brighter
 * than {@link #SHADOW_LEVEL} of the tissue's median echo; it must be at least
 * {@link #MIN_SHADOW_MM} deep and dark for its depth: its mean at most {@link #SHADOW_RATIO} of the
 * tissue's level over the same rows ({@link DepthLevel}; on real scans the deep field is dark from
 * attenuation everywhere, and a dark column there is no shadow). A column has a surface echo when
 * a bright echo (above {@link #ECHO_LEVEL} of the tissue median) lies within {@link #ECHO_SEARCH_MM}
 * above the shadow, at least {@link #MIN_DEPTH_MM} deep; without one, the column is kept only when
 * its shadow is at least {@link #LONG_SHADOW_MM} deep (a steep surface returns little echo). The
 * structure runs from the surface (where that echo rises half-way from the tissue's level to its
 * peak) to the bottom; the start is the median over {@link #MEDIAN_HALF_WIDTH_MM} either side, so
 * speckle does not ragged the surface. A run of columns is bone only when it holds a bright,
 * continuous reflector: at least {@link #MIN_REFLECTOR_MM} of consecutive columns with a surface
 * echo whose starts step by at most {@link #MAX_STEP_MM} from column to column; runs narrower than
 * {@link #MIN_WIDTH_MM} are dropped.
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

  private BoneFinder() {
  }

  /** Per column of the window, the row where the bone structure starts, or -1. */
  static int[] surface(EchoWindow w, double tissueMedian) {
    double[] level = DepthLevel.of(w);
    int[] start = new int[w.width()];
    boolean[] echoed = new boolean[w.width()];
    double[] ratio = new double[w.width()];
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
      ratio[x] = shadowRatio(w, level, x, best, Math.max(0, peak));
      if (ratio[x] > SHADOW_RATIO) {
        continue;
      }
      if (peak < w.px(MIN_DEPTH_MM) || w.at(x, peak) < ECHO_LEVEL * tissueMedian) {
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
    return clean(start, echoed, ratio, w);
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

  private static int[] clean(int[] start, boolean[] echoed, double[] ratio, EchoWindow w) {
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
    for (int x = 0; x < out.length;) {
      if (out[x] < 0) {
        x++;
        continue;
      }
      int e = x;
      while (e < out.length && out[e] >= 0) {
        e++;
      }
      if (e - x < minRun || !isBone(out, echoed, ratio, x, e, w)) {
        java.util.Arrays.fill(out, x, e, -1);
      }
      x = e;
    }
    return out;
  }

  /**
   * Whether the run [from, to) holds a bright continuous reflector of {@link #MIN_REFLECTOR_MM}; a
   * run cut by the region's side is seen only in part, so half of it will do when its shadow is
   * twice as dark (median ratio at most half {@link #SHADOW_RATIO}, -12 dB): a dark strip along the
   * side where the transducer lost contact is dark from top to bottom, not under a reflector.
   */
  private static boolean isBone(int[] start, boolean[] echoed, double[] ratio, int from, int to, EchoWindow w) {
    int reflector = reflectorPx(start, echoed, from, to, w.px(MAX_STEP_MM));
    if (reflector >= w.px(MIN_REFLECTOR_MM)) {
      return true;
    }
    if (from > 0 && to < start.length || reflector < w.px(MIN_REFLECTOR_MM) / 2) {
      return false;
    }
    double[] r = java.util.Arrays.copyOfRange(ratio, from, to);
    java.util.Arrays.sort(r);
    return r[r.length / 2] <= SHADOW_RATIO / 2;
  }

  /** The longest stretch in [from, to) of consecutive echoed columns whose starts step by at most maxStep. */
  private static int reflectorPx(int[] start, boolean[] echoed, int from, int to, int maxStep) {
    int longest = 0;
    int run = 0;
    for (int x = from; x < to; x++) {
      boolean joins = echoed[x] && run > 0 && Math.abs(start[x] - start[x - 1]) <= maxStep;
      run = echoed[x] ? (joins ? run + 1 : 1) : 0;
      longest = Math.max(longest, run);
    }
    return longest;
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
