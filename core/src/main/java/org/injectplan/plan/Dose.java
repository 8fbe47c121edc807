package org.injectplan.plan;

/**
 * The cell dose.
 *
 * @param cells cells in the syringe
 * @param cellsPerMl concentration, or {@code null} when not given
 * @param source where the dose comes from (a trial range and its reference), or {@code null}
 */
public record Dose(double cells, Double cellsPerMl, String source) {
  public Dose {
    PlanChecks.requirePositive(cells, "dose.cells");
    if (cellsPerMl != null) {
      PlanChecks.requirePositive(cellsPerMl, "dose.cellsPerMl");
    }
  }
}
