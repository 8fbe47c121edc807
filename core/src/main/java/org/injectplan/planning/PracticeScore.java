package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A trainee's plan scored against a sample's reference plan. Pass thresholds (InjectPlan
 * convention, stated in docs/planning.md): the target inside the capsule, at most
 * {@link #PASS_TARGET_ERROR_MM} from the reference target, the angle within
 * {@link #PASS_ANGLE_DIFF_DEG} of the reference angle (ultrasound) and at most the preset's
 * maximum, no structure nearer than its minimum clearance, and a bolus fraction in the capsule
 * at least {@link #PASS_FRACTION_RATIO} of the reference plan's.
 *
 * @param angleDiffDeg trainee angle minus reference angle, or NaN on fluoroscopy (coaxial)
 * @param crossed the structures the path comes nearer than their minimum
 */
public record PracticeScore(double targetErrorMm, boolean targetInCapsule, double angleDeg, double angleDiffDeg,
    double minClearanceMm, List<String> crossed, double fractionInCapsule, double referenceFraction,
    boolean passed, List<String> reasons) {

  public static final double PASS_TARGET_ERROR_MM = 3.0;
  public static final double PASS_ANGLE_DIFF_DEG = 10.0;
  public static final double PASS_FRACTION_RATIO = 0.8;
  /** Rounding allowance on the angle limits. */
  public static final double ANGLE_TOLERANCE_DEG = 1e-6;

  public PracticeScore {
    crossed = List.copyOf(crossed);
    reasons = List.copyOf(reasons);
  }

  /** Applies the thresholds to the measured figures. */
  public static PracticeScore judge(double targetErrorMm, boolean inCapsule, double angleDeg, double angleDiffDeg,
      double maxAngleDeg, double minClearanceMm, List<String> crossed, double fraction, double referenceFraction) {
    List<String> why = new ArrayList<>();
    if (!inCapsule) {
      why.add("target outside the capsule");
    }
    if (targetErrorMm > PASS_TARGET_ERROR_MM) {
      why.add(String.format(java.util.Locale.ROOT, "target %.1f mm from the reference (pass <= %.1f mm)",
          targetErrorMm, PASS_TARGET_ERROR_MM));
    }
    if (!Double.isNaN(angleDiffDeg) && Math.abs(angleDiffDeg) > PASS_ANGLE_DIFF_DEG) {
      why.add(String.format(java.util.Locale.ROOT, "angle %.1f deg from the reference (pass <= %.0f deg)",
          Math.abs(angleDiffDeg), PASS_ANGLE_DIFF_DEG));
    }
    if (!Double.isNaN(angleDiffDeg) && angleDeg > maxAngleDeg + ANGLE_TOLERANCE_DEG) {
      why.add(String.format(java.util.Locale.ROOT, "angle %.1f deg above the preset's %.1f deg", angleDeg,
          maxAngleDeg));
    }
    for (String c : crossed) {
      why.add("path through or too near the " + c);
    }
    if (fraction < PASS_FRACTION_RATIO * referenceFraction) {
      why.add(String.format(java.util.Locale.ROOT, "bolus fraction in the capsule %.2f below %.0f%% of the"
          + " reference's %.2f", fraction, 100 * PASS_FRACTION_RATIO, referenceFraction));
    }
    return new PracticeScore(targetErrorMm, inCapsule, angleDeg, angleDiffDeg, minClearanceMm, crossed, fraction,
        referenceFraction, why.isEmpty(), why);
  }
}
