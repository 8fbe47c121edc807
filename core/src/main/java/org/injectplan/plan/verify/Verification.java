package org.injectplan.plan.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks of one plan.
 *
 * @param checks every check, in the order made
 * @param againstScan whether the plan was checked against its scan (calibration, UIDs, digests)
 */
public record Verification(List<Check> checks, boolean againstScan) {
  public Verification {
    checks = List.copyOf(checks);
  }

  /** True when no check failed. */
  public boolean holds() {
    return checks.stream().allMatch(Check::holds);
  }

  public List<Check> failures() {
    return checks.stream().filter(c -> !c.holds()).toList();
  }

  /** The failures in one line: {@code depthMm stated 99, derived 13.005; ...}. */
  public String failureSummary() {
    return failures().stream().map(c -> c.key() + " stated " + c.stated() + ", derived " + c.derived())
        .collect(Collectors.joining("; "));
  }

  /** Throws when a check fails. */
  public Verification requireHolds() {
    if (!holds()) {
      throw new UnverifiedPlanException(this);
    }
    return this;
  }

  /** What a report says of the checks, on the page. */
  public String statement() {
    long checked = checks.stream().filter(c -> c.outcome() == Check.Outcome.HOLDS).count();
    long notChecked = checks.stream().filter(c -> c.outcome() == Check.Outcome.NOT_CHECKED).count();
    String s = checked + " figures and facts re-derived from the plan's geometry and calibration"
        + (againstScan ? " and checked against the scan (calibration, UIDs, frame"
            + (checks.stream().anyMatch(c -> c.key().equals("provenance.framePixelsSha256")) ? ", digests" : "")
            + ")" : "") + ": all hold";
    if (notChecked > 0) {
      s += "; not checked: " + checks.stream().filter(c -> c.outcome() == Check.Outcome.NOT_CHECKED)
          .map(c -> c.key() + " (" + c.basis() + ")").collect(Collectors.joining(", "));
    }
    return againstScan ? s + "." : s + ". The figures could not be checked against the scan.";
  }
}
