package org.injectplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What is injected at the target.
 *
 * @param volumeMl injected volume in millilitres
 * @param bolusRadiusMm radius of the sphere of that volume, in millimetres; {@code null} when the
 *     scan is not calibrated
 * @param fractionInCapsule the fraction (0..1) of the bolus sphere inside the capsule
 * @param source where the volume comes from (e.g. a joint capacity and its reference), or null
 * @param points where the volume goes: one point (the target), or several along a long recess;
 *     empty in plans written before this key existed
 * @param deadSpaceMl the volume left in the needle's hub dead space, mL, or null when not known
 * @param deliveredMl the volume leaving the needle (volume minus dead space), mL, or null
 */
public record Deposition(double volumeMl, Double bolusRadiusMm, double fractionInCapsule, String source,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DepositionPoint> points,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double deadSpaceMl,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double deliveredMl) {
  @JsonCreator
  public Deposition {
    PlanChecks.requirePositive(volumeMl, "deposition.volumeMl");
    PlanChecks.requireNonNegativeOrNull(bolusRadiusMm, "deposition.bolusRadiusMm");
    if (!(fractionInCapsule >= 0 && fractionInCapsule <= 1)) {
      throw new IllegalArgumentException("deposition.fractionInCapsule must be in [0, 1]: " + fractionInCapsule);
    }
    points = PlanChecks.copy(points, "deposition.points");
    PlanChecks.requireNonNegativeOrNull(deadSpaceMl, "deposition.deadSpaceMl");
    PlanChecks.requireNonNegativeOrNull(deliveredMl, "deposition.deliveredMl");
    if (deadSpaceMl != null && deadSpaceMl > volumeMl) {
      throw new IllegalArgumentException("deposition.deadSpaceMl " + deadSpaceMl + " exceeds the volume " + volumeMl);
    }
  }

  /** A deposition without points or dead space (the first form of the contract). */
  public Deposition(double volumeMl, Double bolusRadiusMm, double fractionInCapsule, String source) {
    this(volumeMl, bolusRadiusMm, fractionInCapsule, source, List.of(), null, null);
  }
}
