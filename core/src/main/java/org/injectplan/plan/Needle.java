package org.injectplan.plan;

/**
 * The needle the plan assumes.
 *
 * @param gauge Birmingham gauge, e.g. 22 (between 10 and 34)
 * @param lengthMm shaft length in millimetres
 */
public record Needle(int gauge, double lengthMm) {
  public Needle {
    if (gauge < 10 || gauge > 34) {
      throw new IllegalArgumentException("needle.gauge must be in 10..34: " + gauge);
    }
    PlanChecks.requirePositive(lengthMm, "needle.lengthMm");
  }
}
