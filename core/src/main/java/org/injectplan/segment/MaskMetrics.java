package org.injectplan.segment;

import java.util.Arrays;
import org.injectplan.image.DistanceTransform;
import org.injectplan.image.Mask;

/**
 * How close a segmentation is to the truth: the Dice coefficient and the 95th-percentile
 * Hausdorff distance in millimetres. HD95 is taken as MedPy's {@code hd95} takes it: the larger
 * of the two directed 95th percentiles of the distances from each boundary pixel of one mask to
 * the nearest boundary pixel of the other (boundary: an inside pixel with a 4-neighbour outside
 * or on the frame edge), distances between pixel centres in millimetres.
 */
public final class MaskMetrics {
  private MaskMetrics() {
  }

  /**
   * 2|A and B| / (|A| + |B|); 1 when both are empty.
   *
   * @throws IllegalArgumentException when the sizes differ
   */
  public static double dice(Mask a, Mask b) {
    sameSize(a, b);
    long both = 0;
    long sum = 0;
    boolean[] ia = a.inside();
    boolean[] ib = b.inside();
    for (int i = 0; i < ia.length; i++) {
      boolean x = ia[i];
      boolean y = ib[i];
      both += x && y ? 1 : 0;
      sum += (x ? 1 : 0) + (y ? 1 : 0);
    }
    return sum == 0 ? 1 : 2.0 * both / sum;
  }

  /**
   * The 95th-percentile symmetric Hausdorff distance in mm.
   *
   * @throws IllegalArgumentException when the sizes differ, a mask is empty, or a spacing is not
   *     positive
   */
  public static double hausdorff95Mm(Mask a, Mask b, double mmPerPixelX, double mmPerPixelY) {
    sameSize(a, b);
    if (!(mmPerPixelX > 0) || !(mmPerPixelY > 0)) {
      throw new IllegalArgumentException("spacing must be positive: " + mmPerPixelX + ", " + mmPerPixelY);
    }
    boolean[] ea = boundary(a);
    boolean[] eb = boundary(b);
    double[] toB = DistanceTransform.squaredMm(eb, a.width(), a.height(), mmPerPixelX, mmPerPixelY);
    double[] toA = DistanceTransform.squaredMm(ea, a.width(), a.height(), mmPerPixelX, mmPerPixelY);
    return Math.max(percentile95(ea, toB), percentile95(eb, toA));
  }

  /** Boundary pixels of a mask. */
  public static boolean[] boundary(Mask m) {
    int w = m.width();
    int h = m.height();
    boolean[] in = m.inside();
    boolean[] e = new boolean[in.length];
    boolean any = false;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = y * w + x;
        if (in[p] && (x == 0 || y == 0 || x == w - 1 || y == h - 1 || !in[p - 1] || !in[p + 1]
            || !in[p - w] || !in[p + w])) {
          e[p] = true;
          any = true;
        }
      }
    }
    if (!any) {
      throw new IllegalArgumentException("empty mask: no boundary to measure from");
    }
    return e;
  }

  private static double percentile95(boolean[] from, double[] squared) {
    int n = 0;
    for (boolean b : from) {
      n += b ? 1 : 0;
    }
    double[] d = new double[n];
    int k = 0;
    for (int i = 0; i < from.length; i++) {
      if (from[i]) {
        d[k++] = Math.sqrt(squared[i]);
      }
    }
    Arrays.sort(d);
    // Linear interpolation between order statistics (numpy's default percentile).
    double pos = 0.95 * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(n - 1, lo + 1);
    return d[lo] + (pos - lo) * (d[hi] - d[lo]);
  }

  private static void sameSize(Mask a, Mask b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      throw new IllegalArgumentException("mask sizes differ: " + a.width() + "x" + a.height() + " and "
          + b.width() + "x" + b.height());
    }
  }
}
