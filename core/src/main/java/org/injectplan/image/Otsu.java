package org.injectplan.image;

/**
 * Otsu's threshold (the level that maximises the between-class variance) of values in 0..255,
 * on a 256-bin histogram. Values below the returned level form the dark class.
 */
public final class Otsu {
  private Otsu() {
  }

  /**
   * The threshold, a bin edge in 0.5..255.5 (so {@code v < t} splits the histogram).
   *
   * @throws IllegalArgumentException on an empty array
   */
  public static double threshold(float[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to threshold");
    }
    long[] hist = new long[256];
    for (float v : values) {
      hist[Math.max(0, Math.min(255, Math.round(v)))]++;
    }
    long total = values.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double best = -1;
    int bestK = 0;
    long n0 = 0;
    double sum0 = 0;
    for (int k = 0; k < 255; k++) {
      n0 += hist[k];
      sum0 += (double) k * hist[k];
      long n1 = total - n0;
      if (n0 == 0 || n1 == 0) {
        continue;
      }
      double m0 = sum0 / n0;
      double m1 = (sumAll - sum0) / n1;
      double between = (double) n0 * n1 * (m0 - m1) * (m0 - m1);
      if (between > best) {
        best = between;
        bestK = k;
      }
    }
    return bestK + 0.5;
  }
}
