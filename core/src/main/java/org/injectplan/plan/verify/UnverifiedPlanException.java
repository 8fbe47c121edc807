package org.injectplan.plan.verify;

/**
 * A plan whose stated figures do not follow from its geometry, its calibration or its scan: it is
 * refused before anything is drawn. The message names each failing key with the stated and the
 * derived value.
 */
public class UnverifiedPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient Verification verification;

  public UnverifiedPlanException(Verification verification) {
    super("the plan does not verify (its figures do not follow from its geometry"
        + (verification.againstScan() ? " and its scan" : "") + "): " + verification.failureSummary());
    this.verification = verification;
  }

  public Verification verification() {
    return verification;
  }
}
