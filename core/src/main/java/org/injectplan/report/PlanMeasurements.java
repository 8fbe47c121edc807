package org.injectplan.report;

import java.util.Optional;
import org.injectplan.plan.Plan;

/**
 * The figures the Measurement Report carries, with the reason when one is missing. Taken from
 * the plan as the PDF's key figures take them ({@link #of}); a missing figure carries a CID 42
 * qualifier instead of a value.
 *
 * @param depthMm target depth below the entry, mm
 * @param angleDeg needle angle, degrees
 * @param pathLengthMm entry to target, mm
 * @param minClearanceMm smallest distance from the path to a structure to avoid, mm
 * @param volumeMl injected volume, mL
 * @param bolusInCapsulePercent the share of the bolus sphere inside the capsule, %
 */
record PlanMeasurements(Optional<Double> depthMm, double angleDeg, Optional<Double> pathLengthMm,
    Optional<Double> minClearanceMm, double volumeMl, Optional<Double> bolusInCapsulePercent,
    Code whyNoDepth, Code whyNoClearance, Code whyNoFraction) {

  /** The figures of {@code plan}: the one place the report's DICOM figures come from. */
  static PlanMeasurements of(Plan plan) {
    boolean mm = plan.calibration().isCalibrated();
    Code noDepth = !plan.hasKnownDepth() ? PlanCodes.VALUE_UNKNOWN : PlanCodes.MEASUREMENT_NOT_ATTEMPTED;
    // The bolus sphere has a size only in millimetres: on an uncalibrated plan the fraction is not measured.
    Optional<Double> fraction = mm && plan.deposition().bolusRadiusMm() != null
        ? Optional.of(100 * plan.deposition().fractionInCapsule()) : Optional.empty();
    return new PlanMeasurements(Optional.ofNullable(plan.depthMm()), plan.angleDeg(),
        Optional.ofNullable(plan.pathLengthMm()), Optional.ofNullable(plan.minClearanceMm()),
        plan.deposition().volumeMl(), fraction, noDepth, PlanCodes.MEASUREMENT_NOT_ATTEMPTED,
        PlanCodes.MEASUREMENT_NOT_ATTEMPTED);
  }
}
