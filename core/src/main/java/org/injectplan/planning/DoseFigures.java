package org.injectplan.planning;

/**
 * Cells delivered by the planned route, and beside them the intravenous comparison from the
 * quoted first-pass range ({@link ClinicalFigures#IV_FIRST_PASS_SOURCE}): a quoted range, not a
 * measurement. The syringe holds {@code cells} in the planned volume; the hub dead space keeps
 * its share; of the rest the fraction in the capsule reaches the capsule.
 *
 * @param viability the viable share of the cells, 0..1
 */
public record DoseFigures(double cells, double viability, double volumeMl, double deadSpaceMl,
    double fractionInCapsule) {
  public DoseFigures {
    if (!(cells > 0) || !Double.isFinite(cells)) {
      throw new IllegalArgumentException("cells must be finite and > 0: " + cells);
    }
    if (!(viability > 0 && viability <= 1)) {
      throw new IllegalArgumentException("viability must be in (0, 1]: " + viability);
    }
    if (!(volumeMl > 0) || !(deadSpaceMl >= 0) || deadSpaceMl >= volumeMl) {
      throw new IllegalArgumentException("volumeMl must exceed the dead space deadSpaceMl: " + volumeMl + ", "
          + deadSpaceMl);
    }
    if (!(fractionInCapsule >= 0 && fractionInCapsule <= 1)) {
      throw new IllegalArgumentException("fractionInCapsule must be in [0, 1]: " + fractionInCapsule);
    }
  }

  public double cellsPerMl() {
    return cells / volumeMl;
  }

  /** Viable cells leaving the needle. */
  public double viableDelivered() {
    return cells * viability * (volumeMl - deadSpaceMl) / volumeMl;
  }

  /** Viable cells lost in the hub dead space. */
  public double lostInDeadSpace() {
    return cells * viability * deadSpaceMl / volumeMl;
  }

  /** Viable cells delivered into the capsule. */
  public double toCapsule() {
    return viableDelivered() * fractionInCapsule;
  }

  /** The same viable cells given intravenously: those passing the lungs, low end of the quoted range. */
  public double intravenousPastLungsLow() {
    return cells * viability * ClinicalFigures.IV_FIRST_PASS_LOW;
  }

  public double intravenousPastLungsHigh() {
    return cells * viability * ClinicalFigures.IV_FIRST_PASS_HIGH;
  }
}
