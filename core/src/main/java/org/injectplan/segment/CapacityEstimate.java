package org.injectplan.segment;

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

  /** Ellipsoid of a segmentation's extents (bounding box in mm). */
  public static CapacityEstimate ellipsoid(Segmentation s, double mmPerPixelX, double mmPerPixelY) {
    int[] b = s.bboxPx();
    if (b.length == 0) {
      throw new IllegalArgumentException("empty segmentation");
    }
    return ellipsoid((b[2] - b[0] + 1) * mmPerPixelX, (b[3] - b[1] + 1) * mmPerPixelY, Double.NaN);
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
