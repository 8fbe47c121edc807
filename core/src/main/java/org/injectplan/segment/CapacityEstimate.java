package org.injectplan.segment;

import org.injectplan.image.Mask;
import org.injectplan.image.MaskMoments;

/**
 * A joint's fluid volume from its segmentation, with the model stated (a 2D image cannot
 * measure a volume; each model says what it assumes).
 *
 * @param volumeMl the estimate
 * @param model the model and its assumption, in words
 */
public record CapacityEstimate(double volumeMl, String model) {

  /**
   * Ellipsoid from two orthogonal in-plane extents (the mask's width and depth, in mm) and an
   * out-of-plane extent: V = pi/6 * width * depth * length. Without a second, orthogonal view
   * the out-of-plane length is taken equal to the width (a recess as wide across as along).
   *
   * @param outOfPlaneMm the measured out-of-plane extent, or NaN to assume the width
   * @throws IllegalArgumentException on a non-positive extent
   */
  public static CapacityEstimate ellipsoid(double widthMm, double depthMm, double outOfPlaneMm) {
    if (!(widthMm > 0) || !(depthMm > 0) || Double.isInfinite(widthMm) || Double.isInfinite(depthMm)) {
      throw new IllegalArgumentException("extents must be positive and finite: " + widthMm + ", " + depthMm);
    }
    boolean assumed = Double.isNaN(outOfPlaneMm);
    if (!assumed && !(outOfPlaneMm > 0 && Double.isFinite(outOfPlaneMm))) {
      throw new IllegalArgumentException("outOfPlaneMm must be positive and finite, or NaN: " + outOfPlaneMm);
    }
    double length = assumed ? widthMm : outOfPlaneMm;
    double ml = Math.PI / 6 * widthMm * depthMm * length / 1000;
    return new CapacityEstimate(ml, String.format("ellipsoid pi/6 x width %.1f mm x depth %.1f mm x %s %.1f mm",
        widthMm, depthMm, assumed ? "out-of-plane length assumed equal to the width," : "out-of-plane length",
        length));
  }

  /**
   * The capsule volume model of {@code segment}, {@code plan} and the report alike: the spheroid
   * of the mask's second moments. In plane, the ellipse of the same centroid and covariance
   * (semi-axes a >= b, {@link MaskMoments}); out of plane, a single image shows nothing, so the
   * elevational semi-axis is taken equal to the in-plane semi-major axis (a recess as long across
   * as along): V = 4/3 pi a^2 b. Unlike the bounding box, the moments do not depend on how the
   * recess lies in the frame and a stray pixel moves them by its share only (docs/algorithms.md,
   * "Capsule volume").
   */
  public static CapacityEstimate spheroid(MaskMoments m) {
    double a = m.semiMajorMm();
    double b = m.semiMinorMm();
    double ml = 4.0 / 3 * Math.PI * a * a * b / 1000;
    return new CapacityEstimate(ml, String.format("ellipsoid of the mask's second moments 4/3 pi x a %.1f mm x a %.1f mm"
        + " x b %.1f mm: in-plane semi-axes a, b, the out-of-plane semi-axis assumed equal to a (a spheroid)", a, a, b));
  }

  /** {@link #spheroid(MaskMoments)} of a segmentation's mask. */
  public static CapacityEstimate spheroid(Segmentation s, double mmPerPixelX, double mmPerPixelY) {
    Mask m = s.mask();
    if (m.isEmpty()) {
      throw new IllegalArgumentException("empty segmentation");
    }
    return spheroid(MaskMoments.of(m, mmPerPixelX, mmPerPixelY));
  }

  /**
   * A sweep of parallel planes at a known spacing: V = sum of areas x spacing (Cavalieri).
   *
   * @throws IllegalArgumentException on a non-positive spacing, no area or a negative area
   */
  public static CapacityEstimate sweep(double[] areasMm2, double spacingMm) {
    if (!(spacingMm > 0) || Double.isInfinite(spacingMm)) {
      throw new IllegalArgumentException("spacingMm must be positive and finite: " + spacingMm);
    }
    if (areasMm2.length == 0) {
      throw new IllegalArgumentException("no areas");
    }
    double sum = 0;
    for (double a : areasMm2) {
      if (!(a >= 0) || Double.isInfinite(a)) {
        throw new IllegalArgumentException("area must be >= 0 and finite: " + a);
      }
      sum += a;
    }
    return new CapacityEstimate(sum * spacingMm / 1000, String.format("Cavalieri sweep: %d planes x %.2f mm spacing",
        areasMm2.length, spacingMm));
  }
}
