package org.injectplan.segment.structures;

/**
 * The acoustic test of a candidate bone (a run of columns [from, to) of an {@link EchoWindow}, each
 * with the row where its dark column to the bottom starts and the row of its surface echo): the
 * echo in the shadow against the tissue <em>beside</em> it at the same depth, and the surface echo
 * against that tissue at its own depth. Beside: the columns up to {@link #BESIDE_MM} either side
 * of the run that are not in a candidate's dark column at that row. Attenuation darkens every
 * column at a depth alike, so the deep field dark from attenuation has no contrast with its
 * neighbours, and fascia (bright, tissue visible below) none below it; bone's shadow has many dB.
 * When the run leaves too little beside it (a reflector as wide as the region), the tissue above
 * the reflector stands in: its mean from {@link #ABOVE_MM} to {@link #ABOVE_GAP_MM} above the
 * surface echo.
 */
final class BoneShadow {
  /** How far either side of a run its neighbours are taken, mm. */
  static final double BESIDE_MM = 5.0;
  /** Least lateral extent of neighbours for the comparison beside, mm; else the tissue above is used. */
  static final double MIN_BESIDE_MM = 1.0;
  /** The band of soft tissue over the reflector: from this far above it, mm ... */
  static final double ABOVE_MM = 4.0;
  /** ... to this far above it, mm (clear of the reflector's own echo). */
  static final double ABOVE_GAP_MM = 2.0;

  private BoneShadow() {
  }

  /**
   * Echo of the shadow over the tissue beside it at the same rows, in dB (20 log10 of the ratio of
   * the mean grey levels): negative when the shadow is darker.
   *
   * @param taken per column, the row where a candidate structure starts, or -1 (not a candidate)
   * @param dark per column, the row from which it is dark to the bottom, or -1
   * @param peak per column, the row of its surface echo (used for the tissue above), or -1
   */
  static double shadowDb(EchoWindow w, int[] taken, int[] dark, int[] peak, int from, int to) {
    double[] beside = besideMean(w, taken, from, to);
    double in = 0;
    double ref = 0;
    boolean lateral = true;
    for (int x = from; x < to && lateral; x++) {
      for (int y = Math.max(0, dark[x]); dark[x] >= 0 && y < w.height(); y++) {
        lateral &= !Double.isNaN(beside[y]);
        in += w.at(x, y);
        ref += lateral ? beside[y] : 0;
      }
    }
    if (!lateral) {
      in = 0;
      ref = 0;
      for (int x = from; x < to; x++) {
        if (dark[x] >= 0 && peak[x] >= 0) {
          double a = above(w, x, peak[x]);
          for (int y = dark[x]; y < w.height(); y++) {
            in += w.at(x, y);
            ref += a;
          }
        }
      }
    }
    return db(in, ref);
  }

  private static double db(double in, double ref) {
    return 20 * Math.log10(Math.max(1e-3, in) / Math.max(1e-3, ref));
  }

  /** Mean grey of column x from {@link #ABOVE_MM} to {@link #ABOVE_GAP_MM} above row y. */
  static double above(EchoWindow w, int x, int y) {
    int ya = Math.max(0, y - w.px(ABOVE_MM));
    int yb = Math.max(0, y - w.px(ABOVE_GAP_MM));
    double sum = 0;
    for (int k = ya; k <= yb; k++) {
      sum += w.at(x, k);
    }
    return sum / (yb - ya + 1);
  }

  /**
   * Per row, the mean grey of the neighbours of [from, to) that are not in a candidate there (NaN
   * where fewer than {@link #MIN_BESIDE_MM} of them are).
   */
  static double[] besideMean(EchoWindow w, int[] taken, int from, int to) {
    int reach = w.px(BESIDE_MM);
    int least = w.px(MIN_BESIDE_MM);
    double[] out = new double[w.height()];
    for (int y = 0; y < w.height(); y++) {
      double sum = 0;
      int n = 0;
      for (int x = Math.max(0, from - reach); x < Math.min(w.width(), to + reach); x++) {
        if ((x < from || x >= to) && (taken[x] < 0 || taken[x] > y)) {
          sum += w.at(x, y);
          n++;
        }
      }
      out[y] = n >= least ? sum / n : Double.NaN;
    }
    return out;
  }
}
