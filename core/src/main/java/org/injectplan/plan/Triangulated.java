package org.injectplan.plan;

import java.util.List;

/**
 * The target of a fluoroscopy plan triangulated from a second view (biplane).
 *
 * @param otherView the second view's scan
 * @param otherTargetPx the target's pixel in the second view
 * @param targetMm the 3D target, patient LPS millimetres relative to the isocentre, [x, y, z]
 * @param errorMm the triangulation error: the gap between the two back-projected rays, mm
 * @param reprojectionErrorPx the largest distance between a given target pixel and the 3D target
 *     projected back into its view, pixels
 */
public record Triangulated(ScanReference otherView, PixelPoint otherTargetPx, List<Double> targetMm, double errorMm,
    double reprojectionErrorPx) {
  public Triangulated {
    if (otherView == null || otherTargetPx == null) {
      throw new IllegalArgumentException("triangulation.otherView and otherTargetPx are required");
    }
    targetMm = PlanChecks.copy(targetMm, "triangulation.targetMm");
    if (targetMm.size() != 3 || targetMm.stream().anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("triangulation.targetMm must be 3 finite numbers: " + targetMm);
    }
    PlanChecks.requireNonNegative(errorMm, "triangulation.errorMm");
    PlanChecks.requireNonNegative(reprojectionErrorPx, "triangulation.reprojectionErrorPx");
  }
}
