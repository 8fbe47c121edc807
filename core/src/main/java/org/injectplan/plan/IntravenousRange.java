package org.injectplan.plan;

/**
 * The intravenous route beside the planned one, for comparison: the cells that would pass the
 * lungs on first pass, from a range QUOTED from animal studies, not measured.
 *
 * @param firstPassLow low end of the quoted share passing the lungs (0..1)
 * @param firstPassHigh high end (0..1)
 * @param cellsPastLungsLow viable cells x the low share
 * @param cellsPastLungsHigh viable cells x the high share
 * @param label how the range must be read ("quoted range, not a measurement")
 * @param source the literature the range is quoted from
 */
public record IntravenousRange(double firstPassLow, double firstPassHigh, double cellsPastLungsLow,
    double cellsPastLungsHigh, String label, String source) {
  public IntravenousRange {
    if (!(firstPassLow >= 0 && firstPassLow <= firstPassHigh && firstPassHigh <= 1)) {
      throw new IllegalArgumentException("dose.intravenous first-pass range must satisfy 0 <= low <= high <= 1: "
          + firstPassLow + ", " + firstPassHigh);
    }
    PlanChecks.requireNonNegative(cellsPastLungsLow, "dose.intravenous.cellsPastLungsLow");
    PlanChecks.requireNonNegative(cellsPastLungsHigh, "dose.intravenous.cellsPastLungsHigh");
    if (cellsPastLungsLow > cellsPastLungsHigh) {
      throw new IllegalArgumentException("dose.intravenous: cellsPastLungsLow exceeds cellsPastLungsHigh");
    }
    PlanChecks.requireText(label, "dose.intravenous.label");
    PlanChecks.requireText(source, "dose.intravenous.source");
  }
}
