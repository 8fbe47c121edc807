package org.injectplan.segment.capsule;

import org.injectplan.image.BoxMean;

/**
 * The size of the speckle grain, measured on the frame: speckle is the image of the scanner's
 * point-spread function over random scatterers, so its correlation length is the resolution,
 * axially (down the scan lines, y) and laterally (across them, x), whatever the transducer, its
 * frequency and its focus. Measured as the lag at which the autocorrelation of the tissue's grey
 * values, less the local mean of the tissue alone (so that neither texture coarser than a grain
 * nor the step to a neighbouring dark space counts as grain), falls to one half; for a Gaussian
 * point-spread function that is half its full width at half maximum.
 */
final class SpeckleSize {
  /** The autocorrelation level whose lag is reported. */
  static final double HALF = 0.5;
  /** Fewest pixel pairs a lag is measured on. */
  static final int MIN_PAIRS = 200;
  /** Rows sampled: one in this many. */
  static final int ROW_STEP = 2;

  private SpeckleSize() {
  }

  /**
   * Half-widths {x, y} in pixels of the speckle's autocorrelation over the tissue pixels:
   * {@code maxLag} when the correlation stays above one half that far, NaN when there is too
   * little tissue to tell.
   *
   * @throws IllegalArgumentException on sizes that do not match or a lag below 1
   */
  static double[] halfWidthsPx(int[] grey, int[] tissue, int width, int height, int maxLag) {
    if (grey.length != width * height || tissue.length != grey.length) {
      throw new IllegalArgumentException("arrays do not match " + width + "x" + height);
    }
    if (maxLag < 1) {
      throw new IllegalArgumentException("maxLag must be at least 1: " + maxLag);
    }
    int[] tissueGrey = new int[grey.length];
    for (int i = 0; i < grey.length; i++) {
      tissueGrey[i] = tissue[i] * grey[i];
    }
    float[] sum = BoxMean.filter(tissueGrey, width, height, maxLag);
    float[] share = BoxMean.filter(tissue, width, height, maxLag);
    float[] hp = new float[grey.length];
    for (int i = 0; i < hp.length; i++) {
      hp[i] = share[i] > 0 ? grey[i] - sum[i] / share[i] : 0;
    }
    return new double[] {halfWidth(hp, tissue, width, height, maxLag, 1, 0),
        halfWidth(hp, tissue, width, height, maxLag, 0, 1)};
  }

  private static double halfWidth(float[] hp, int[] tissue, int width, int height, int maxLag, int dx, int dy) {
    double zero = correlation(hp, tissue, width, height, 0, 0);
    if (!(zero > 0)) {
      return Double.NaN;
    }
    double previous = 1;
    for (int lag = 1; lag <= maxLag; lag++) {
      double r = correlation(hp, tissue, width, height, lag * dx, lag * dy) / zero;
      if (Double.isNaN(r)) {
        return Double.NaN;
      }
      if (r < HALF) {
        return lag - 1 + (previous - HALF) / (previous - r);
      }
      previous = r;
    }
    return maxLag;
  }

  /**
   * Mean product of the values at (x, y) and (x + ox, y + oy), both tissue, over every
   * {@link #ROW_STEP}th row (plenty of pairs at a fraction of the cost); NaN on too few pairs.
   */
  private static double correlation(float[] hp, int[] tissue, int width, int height, int ox, int oy) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y + oy < height; y += ROW_STEP) {
      int row = y * width;
      int row2 = (y + oy) * width + ox;
      for (int x = 0; x + ox < width; x++) {
        if (tissue[row + x] == 1 && tissue[row2 + x] == 1) {
          sum += hp[row + x] * hp[row2 + x];
          n++;
        }
      }
    }
    return n < MIN_PAIRS ? Double.NaN : sum / n;
  }
}
