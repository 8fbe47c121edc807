package org.injectplan.planning;

import org.injectplan.plan.PixelPoint;

/**
 * The deepest point of a fluid pocket: the inside pixel farthest from every outside pixel (the
 * centre of the largest circle inside the pocket), where a bolus fits best. Distances come from
 * an exact Euclidean distance transform (Felzenszwalb and Huttenlocher, Theory of Computing 2012),
 * weighted for non-square pixels; ties go to the first pixel in raster order. Pixels beyond the
 * frame do not count as outside.
 */
public final class DeepestPoint {
  private DeepestPoint() {
  }

  /**
   * The centre of the deepest pixel.
   *
   * @throws IllegalArgumentException when the mask is empty or has no outside pixel
   */
  public static PixelPoint of(BinaryMask pocket, PixelScale scale) {
    int[] b = pocket.bounds();
    if (b == null) {
      throw new IllegalArgumentException("the capsule mask is empty: no target");
    }
    // Exact on the bounding box grown by one pixel: every pixel of that ring is outside, and
    // clamping an outside pixel beyond it into the ring brings it closer.
    int x0 = Math.max(0, b[0] - 1);
    int y0 = Math.max(0, b[1] - 1);
    BinaryMask crop = pocket.crop(x0, y0, Math.min(pocket.width() - 1, b[2] + 1),
        Math.min(pocket.height() - 1, b[3] + 1));
    double[] d2 = squaredDistanceToOutside(crop, scale.mmPerPixelY() / scale.mmPerPixelX());
    int best = -1;
    for (int i = 0; i < d2.length; i++) {
      if (d2[i] > 0 && (best < 0 || d2[i] > d2[best])) {
        best = i;
      }
    }
    if (Double.isInfinite(d2[best])) {
      throw new IllegalArgumentException("the capsule mask fills the frame: no edge, no target");
    }
    return new PixelPoint(x0 + best % crop.width() + 0.5, y0 + best / crop.width() + 0.5);
  }

  /** Squared distance (in x-pixels) of every pixel to the nearest outside pixel centre; 0 outside. */
  static double[] squaredDistanceToOutside(BinaryMask m, double aspectYOverX) {
    int w = m.width();
    int h = m.height();
    double[] g = new double[w * h];
    double[] f = new double[Math.max(w, h)];
    double[] out = new double[Math.max(w, h)];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        f[x] = m.get(x, y) ? Double.POSITIVE_INFINITY : 0;
      }
      transform1d(f, w, 1, out);
      System.arraycopy(out, 0, g, y * w, w);
    }
    double wy = aspectYOverX * aspectYOverX;
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        f[y] = g[y * w + x];
      }
      transform1d(f, h, wy, out);
      for (int y = 0; y < h; y++) {
        g[y * w + x] = out[y];
      }
    }
    return g;
  }

  /** Lower envelope of parabolas: out[q] = min_p f[p] + weight (q - p)^2. */
  private static void transform1d(double[] f, int n, double weight, double[] out) {
    int[] v = new int[n];
    double[] z = new double[n + 1];
    int k = -1;
    for (int q = 0; q < n; q++) {
      if (Double.isInfinite(f[q])) {
        continue;
      }
      while (k >= 0) {
        double s = intersection(f, v[k], q, weight);
        if (s <= z[k]) {
          k--;
        } else {
          break;
        }
      }
      k++;
      v[k] = q;
      z[k] = k == 0 ? Double.NEGATIVE_INFINITY : intersection(f, v[k - 1], q, weight);
      z[k + 1] = Double.POSITIVE_INFINITY;
    }
    if (k < 0) {
      java.util.Arrays.fill(out, 0, n, Double.POSITIVE_INFINITY);
      return;
    }
    int j = 0;
    for (int q = 0; q < n; q++) {
      while (z[j + 1] < q) {
        j++;
      }
      double d = q - v[j];
      out[q] = f[v[j]] + weight * d * d;
    }
  }

  private static double intersection(double[] f, int p, int q, double weight) {
    return ((f[q] + weight * q * q) - (f[p] + weight * p * p)) / (2 * weight * (q - p));
  }
}
