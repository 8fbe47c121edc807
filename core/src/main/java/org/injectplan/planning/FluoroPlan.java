package org.injectplan.planning;

import java.util.List;
import java.util.Optional;
import org.injectplan.plan.PixelPoint;

/**
 * A down-the-beam (coaxial) fluoroscopy plan: the entry is the skin projection of the target, so
 * in the image it coincides with the target and the needle's angle to the beam is 0.
 *
 * @param clearanceMm distance in the image plane from the target to the nearest structure to
 *     avoid (pixels when uncalibrated); a projection, not a 3D distance
 * @param triangulation the 3D target and its error, when a second view was given
 * @param depthAlongBeamMm depth along the beam, empty when unknown (a single view)
 */
public record FluoroPlan(PixelPoint target, PixelPoint entry, double angleToBeamDeg, boolean targetInJointSpace,
    double clearanceMm, String avoid, Optional<Triangulation> triangulation, Optional<Double> depthAlongBeamMm,
    List<String> warnings) {
  public FluoroPlan {
    warnings = List.copyOf(warnings);
  }
}
