package org.injectplan.plan;

/**
 * What is injected at the target.
 *
 * @param volumeMl injected volume in millilitres
 * @param bolusRadiusMm radius of the sphere of that volume, in millimetres; {@code null} when the
 *     scan is not calibrated
 * @param fractionInCapsule the fraction (0..1) of the bolus sphere inside the capsule
 * @param source where the volume comes from (e.g. a joint capacity and its reference), or null
 */
public record Deposition(double volumeMl, Double bolusRadiusMm, double fractionInCapsule, String source) {
  public Deposition {
    PlanChecks.requirePositive(volumeMl, "deposition.volumeMl");
    PlanChecks.requireNonNegativeOrNull(bolusRadiusMm, "deposition.bolusRadiusMm");
    if (!(fractionInCapsule >= 0 && fractionInCapsule <= 1)) {
      throw new IllegalArgumentException("deposition.fractionInCapsule must be in [0, 1]: " + fractionInCapsule);
    }
  }
}
