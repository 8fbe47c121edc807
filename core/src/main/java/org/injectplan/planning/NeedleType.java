package org.injectplan.planning;

/**
 * A needle in the catalogue.
 *
 * @param gauge Birmingham gauge
 * @param lengthMm shaft length
 * @param hubDeadSpaceMl volume left in the hub and shaft after the injection, lost to the patient
 */
public record NeedleType(int gauge, double lengthMm, double hubDeadSpaceMl, String name) {
  public NeedleType {
    if (gauge < 10 || gauge > 34) {
      throw new IllegalArgumentException("gauge must be in 10..34: " + gauge);
    }
    if (!(lengthMm > 0)) {
      throw new IllegalArgumentException("lengthMm must be > 0: " + lengthMm);
    }
    if (!(hubDeadSpaceMl >= 0) || hubDeadSpaceMl > 1) {
      throw new IllegalArgumentException("hubDeadSpaceMl must be in [0, 1]: " + hubDeadSpaceMl);
    }
  }
}
