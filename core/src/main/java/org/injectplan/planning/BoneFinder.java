package org.injectplan.planning;

/**
 * Bone and its acoustic shadow on an ultrasound frame: bone reflects and absorbs nearly all of the
 * beam, so below its bright surface echo the image is dark down to the bottom of the region. In
 * each column the shadow starts at the shallowest depth below which (almost) nothing is brighter
 * than {@link #SHADOW_LEVEL} of the tissue's median echo, and a bright echo (above
 * {@link #ECHO_LEVEL} of the tissue median) lies within {@link #ECHO_SEARCH_MM} above it (or the shadow is at
 * least {@link #LONG_SHADOW_MM} deep: a steep surface returns little echo). The structure runs from the surface (where that echo rises half-way from the tissue's level to its
 * peak) to the bottom. Column runs narrower than {@link #MIN_WIDTH_MM} are dropped; the start is the
 * median over {@link #MEDIAN_HALF_WIDTH_MM} either side, so speckle does not ragged the surface.
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

  private BoneFinder() {
  }

  /** Per column of the window, the row where the bone structure starts, or -1. */
  static int[] surface(EchoWindow w, double tissueMedian) {
    int[] start = new int[w.width()];
    double dark = SHADOW_LEVEL * tissueMedian;
    double echo = ECHO_LEVEL * tissueMedian;
    int search = w.px(ECHO_SEARCH_MM);
    int minShadow = w.px(MIN_SHADOW_MM);
    for (int x = 0; x < w.width(); x++) {
      start[x] = -1;
      int bright = 0;
      int best = -1;
      // From the bottom up: the shadow may start at y while few pixels from y down are bright.
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
      if (best < 0 || w.height() - best < minShadow) {
        continue;
      }
      int peak = -1;
      for (int y = best - 1; y >= Math.max(0, best - search); y--) {
        if (peak < 0 || w.at(x, y) > w.at(x, peak)) {
          peak = y;
        }
      }
      if (peak < 0 || w.at(x, peak) < echo) {
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
      }
    }
    return clean(start, w);
  }

  private static int[] clean(int[] start, EchoWindow w) {
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
      if (e - x < minRun) {
        java.util.Arrays.fill(out, x, e, -1);
      }
      x = e;
    }
    return out;
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
