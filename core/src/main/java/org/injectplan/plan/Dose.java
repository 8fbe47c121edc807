package org.injectplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cell dose. The delivered figures are {@code null} in plans written before they existed.
 *
 * @param cells cells in the syringe
 * @param cellsPerMl concentration, or {@code null} when not given
 * @param source where the dose comes from (a trial range and its reference), or {@code null}
 * @param viability the viable share of the cells (0..1), or null
 * @param viableDelivered viable cells leaving the needle, or null
 * @param lostInDeadSpace viable cells left in the needle's hub dead space, or null
 * @param toCapsule viable cells delivered into the capsule (delivered x bolus fraction in the
 *     capsule), or null
 * @param intravenous the intravenous comparison (a quoted range), or null
 */
public record Dose(double cells, Double cellsPerMl, String source,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double viability,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double viableDelivered,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double lostInDeadSpace,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double toCapsule,
    @JsonInclude(JsonInclude.Include.NON_NULL) IntravenousRange intravenous) {
  @JsonCreator
  public Dose {
    PlanChecks.requirePositive(cells, "dose.cells");
    if (cellsPerMl != null) {
      PlanChecks.requirePositive(cellsPerMl, "dose.cellsPerMl");
    }
    if (viability != null && !(viability > 0 && viability <= 1)) {
      throw new IllegalArgumentException("dose.viability must be in (0, 1]: " + viability);
    }
    PlanChecks.requireNonNegativeOrNull(viableDelivered, "dose.viableDelivered");
    PlanChecks.requireNonNegativeOrNull(lostInDeadSpace, "dose.lostInDeadSpace");
    PlanChecks.requireNonNegativeOrNull(toCapsule, "dose.toCapsule");
    if (toCapsule != null && viableDelivered != null && toCapsule > viableDelivered * (1 + 1e-9)) {
      throw new IllegalArgumentException("dose.toCapsule " + toCapsule + " exceeds dose.viableDelivered "
          + viableDelivered);
    }
  }

  /** A dose of the first form of the contract: count, concentration, source. */
  public Dose(double cells, Double cellsPerMl, String source) {
    this(cells, cellsPerMl, source, null, null, null, null, null);
  }
}
