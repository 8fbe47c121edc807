package org.injectplan.report;

/**
 * One line of the report's key figures.
 *
 * @param label what it is, e.g. "Target depth"
 * @param value the value with its unit, e.g. "23.4 mm"
 * @param basis what the value rests on: the calibration source, or the literature
 */
public record KeyFigure(String label, String value, String basis) {
  public KeyFigure {
    if (label == null || label.isBlank() || value == null || value.isBlank() || basis == null) {
      throw new IllegalArgumentException("a key figure needs a label, a value and a basis: " + label);
    }
  }
}
