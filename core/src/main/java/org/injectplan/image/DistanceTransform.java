package org.injectplan.image;

/**
 * Exact Euclidean distance transform with anisotropic pixel spacing (Felzenszwalb and
 * Huttenlocher, "Distance transforms of sampled functions", Theory of Computing 8, 2012): two
 * passes of the 1D lower envelope of parabolas, columns then rows.
 */
public final class DistanceTransform {
  private static final double INF = 1e20;

  private DistanceTransform() {
  }

  /**
   * Squared distance in mm from every pixel to the nearest {@code sites} pixel (row-major);
   * {@code 1e20} everywhere when there is no site.
   */
  public static double[] squaredMm(boolean[] sites, int width, int height, double mmPerPixelX, double mmPerPixelY) {
    if (sites.length != width * height) {
      throw new IllegalArgumentException("size " + width + "x" + height + " does not match " + sites.length);
    }
    double[] d = new double[sites.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = sites[i] ? 0 : INF;
    }
    int n = Math.max(width, height);
    double[] f = new double[n];
    double[] out = new double[n];
    int[] v = new int[n];
    double[] z = new double[n + 1];
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        f[y] = d[y * width + x];
      }
      pass(f, height, mmPerPixelY * mmPerPixelY, out, v, z);
      for (int y = 0; y < height; y++) {
        d[y * width + x] = out[y];
      }
    }
    for (int y = 0; y < height; y++) {
      System.arraycopy(d, y * width, f, 0, width);
      pass(f, width, mmPerPixelX * mmPerPixelX, out, v, z);
      System.arraycopy(out, 0, d, y * width, width);
    }
    return d;
  }

  /** out[q] = min over p of f[p] + s2 (q - p)^2. */
  private static void pass(double[] f, int n, double s2, double[] out, int[] v, double[] z) {
    int k = 0;
    v[0] = 0;
    z[0] = Double.NEGATIVE_INFINITY;
    z[1] = Double.POSITIVE_INFINITY;
    for (int q = 1; q < n; q++) {
      double s = intersection(f, s2, q, v[k]);
      while (s <= z[k]) {
        k--;
        s = intersection(f, s2, q, v[k]);
      }
      k++;
      v[k] = q;
      z[k] = s;
      z[k + 1] = Double.POSITIVE_INFINITY;
    }
    k = 0;
    for (int q = 0; q < n; q++) {
      while (z[k + 1] < q) {
        k++;
      }
      double dq = q - v[k];
      out[q] = s2 * dq * dq + f[v[k]];
    }
  }

  private static double intersection(double[] f, double s2, int q, int p) {
    return ((f[q] / s2 + (double) q * q) - (f[p] / s2 + (double) p * p)) / (2.0 * (q - p));
  }
}
