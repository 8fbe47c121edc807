package org.injectplan.planning;

import org.injectplan.image.DistanceTransform;
import org.injectplan.image.Mask;
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
  public static PixelPoint of(Mask pocket, PixelScale scale) {
    int[] b = pocket.bounds();
    if (b == null) {
      throw new IllegalArgumentException("the capsule mask is empty: no target");
    }
    // Exact on the bounding box grown by one pixel: every pixel of that ring is outside, and
    // clamping an outside pixel beyond it into the ring brings it closer.
    int x0 = Math.max(0, b[0] - 1);
    int y0 = Math.max(0, b[1] - 1);
    Mask crop = pocket.crop(x0, y0, Math.min(pocket.width() - 1, b[2] + 1),
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

  /**
   * Squared distance (in x-pixels) of every pixel to the nearest outside pixel centre; 0 outside,
   * infinite everywhere when no pixel is outside.
   */
  static double[] squaredDistanceToOutside(Mask m, double aspectYOverX) {
    int w = m.width();
    int h = m.height();
    boolean[] outside = m.inside();
    boolean any = false;
    for (int i = 0; i < outside.length; i++) {
      outside[i] = !outside[i];
      any |= outside[i];
    }
    if (!any) {
      double[] none = new double[w * h];
      java.util.Arrays.fill(none, Double.POSITIVE_INFINITY);
      return none;
    }
    return DistanceTransform.squaredMm(outside, w, h, 1.0, aspectYOverX);
  }
}
