package org.injectplan.segment.structures;

/**
 * The tissue's echo level at each depth of an {@link EchoWindow}: the {@link #QUANTILE} quantile
 * of each row of the smoothed image, averaged over {@link #SMOOTH_MM} of depth. Echoes fade with
 * depth (attenuation) and time-gain compensation makes up for it only in part, so on real scans
 * the deep field is dark everywhere; a shadow is dark for its depth, i.e. against this level. An
 * upper quantile rather than the median, so that hypoechoic muscle or a shadow filling half a row
 * does not pull the level down with it.
 */
final class DepthLevel {
  /** The quantile of each row taken as the tissue's level. */
  static final double QUANTILE = 0.75;
  /** Depth over which the row levels are averaged, mm. */
  static final double SMOOTH_MM = 2.0;

  private DepthLevel() {
  }

  /** The level (grey, at least 1) of each window row. */
  static double[] of(EchoWindow w) {
    int ww = w.width();
    int wh = w.height();
    double[] row = new double[wh];
    int[] hist = new int[257];
    int want = Math.max(1, (int) Math.ceil(QUANTILE * ww));
    for (int y = 0; y < wh; y++) {
      java.util.Arrays.fill(hist, 0);
      for (int x = 0; x < ww; x++) {
        hist[Math.max(0, Math.min(256, Math.round(w.smooth()[y * ww + x])))]++;
      }
      int acc = 0;
      int v = 0;
      while (v < 256 && acc + hist[v] < want) {
        acc += hist[v++];
      }
      row[y] = Math.max(1, v);
    }
    int r = (int) Math.round(SMOOTH_MM / 2 / w.mmPerPixel());
    double[] out = new double[wh];
    for (int y = 0; y < wh; y++) {
      double sum = 0;
      int n = 0;
      for (int k = Math.max(0, y - r); k <= Math.min(wh - 1, y + r); k++) {
        sum += row[k];
        n++;
      }
      out[y] = sum / n;
    }
    return out;
  }
}
