package org.injectplan.planning;

/**
 * The planner's limits.
 *
 * @param maxAngleDeg largest in-plane angle to the transducer face; at most
 *     {@link ClinicalFigures#IN_PLANE_REFUSE_ANGLE_DEG}
 * @param minClearanceMm least clearance from every structure to avoid
 * @param minBoneClearanceMm least clearance from bone and its shadow
 */
public record PlanParams(double maxAngleDeg, double minClearanceMm, double minBoneClearanceMm) {
  public PlanParams {
    if (!(maxAngleDeg > 0) || maxAngleDeg > ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG) {
      throw new IllegalArgumentException("maxAngleDeg must be in (0, " + ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG
          + "]: " + maxAngleDeg);
    }
    if (!(minClearanceMm >= 0) || !Double.isFinite(minClearanceMm)) {
      throw new IllegalArgumentException("minClearanceMm must be finite and >= 0: " + minClearanceMm);
    }
    if (!(minBoneClearanceMm >= 0) || !Double.isFinite(minBoneClearanceMm)) {
      throw new IllegalArgumentException("minBoneClearanceMm must be finite and >= 0: " + minBoneClearanceMm);
    }
  }

  /** The preset's angle with the default clearances of {@link ClinicalFigures}. */
  public static PlanParams of(JointPreset preset) {
    return new PlanParams(preset.maxInPlaneAngleDeg(), ClinicalFigures.MIN_CLEARANCE_MM,
        ClinicalFigures.MIN_BONE_CLEARANCE_MM);
  }
}
