package org.injectplan.plan.verify;

/**
 * One verified figure or fact of a plan.
 *
 * @param key the plan's JSON key (e.g. {@code depthMm}, {@code calibration.mmPerPixelX})
 * @param stated what the plan says, as text
 * @param derived what its geometry, its calibration or its scan gives, as text
 * @param outcome whether it holds, fails, or could not be checked
 * @param basis how the derived value was obtained and at which tolerance, or why it could not be
 */
public record Check(String key, String stated, String derived, Outcome outcome, String basis) {
  /** The outcome of one check. */
  public enum Outcome {
    HOLDS, FAILS, NOT_CHECKED
  }

  public Check {
    if (key == null || key.isBlank() || outcome == null) {
      throw new IllegalArgumentException("a check needs a key and an outcome");
    }
  }

  /** True unless the check failed (a check that could not be made does not fail). */
  public boolean holds() {
    return outcome != Outcome.FAILS;
  }

  /** One line: {@code depthMm: stated 99, derived 13.005 (basis)}. */
  public String describe() {
    String what = switch (outcome) {
      case HOLDS -> "holds";
      case FAILS -> "FAILS";
      case NOT_CHECKED -> "not checked";
    };
    return key + ": " + what + ": stated " + stated + ", derived " + derived + (basis == null ? "" : " (" + basis
        + ")");
  }

  static Check of(String key, String stated, String derived, boolean holds, String basis) {
    return new Check(key, stated, derived, holds ? Outcome.HOLDS : Outcome.FAILS, basis);
  }

  static Check notChecked(String key, String stated, String why) {
    return new Check(key, stated, "-", Outcome.NOT_CHECKED, why);
  }
}
