package org.injectplan.report;

import java.time.Instant;
import org.injectplan.plan.Plan;
import org.injectplan.scan.ScanIdentity;

/**
 * What a report is made of.
 *
 * @param plan the plan (already de-identified when {@code deidentified})
 * @param identity the scan's identity as it is to appear (already de-identified when asked)
 * @param deidentified whether patient identity is withheld from every output
 * @param created when the report is made (shown on it, and the DICOM content date)
 * @param pixels what de-identification blanked in the key image, or null when it was not asked
 * @param checks what was checked of the plan's figures, as the page says it
 *     ({@link org.injectplan.plan.verify.Verification#statement()}), or null when they were not
 */
public record ReportInput(Plan plan, ScanIdentity identity, boolean deidentified, Instant created,
    BurnedInText.Outcome pixels, String checks) {
  /** What the page says when the plan's figures were not checked. */
  public static final String NOT_CHECKED = "The figures could not be checked against the scan: they are the plan's"
      + " as stated.";

  public ReportInput {
    if (plan == null || identity == null || created == null) {
      throw new IllegalArgumentException("a report needs a plan, an identity and a time");
    }
    if (pixels != null && !deidentified) {
      throw new IllegalArgumentException("the pixels' de-identification goes with a de-identified report");
    }
  }

  /** A report whose figures were not checked. */
  public ReportInput(Plan plan, ScanIdentity identity, boolean deidentified, Instant created,
      BurnedInText.Outcome pixels) {
    this(plan, identity, deidentified, created, pixels, null);
  }

  /** A report whose pixels were not looked at for burned-in text, and whose figures were not checked. */
  public ReportInput(Plan plan, ScanIdentity identity, boolean deidentified, Instant created) {
    this(plan, identity, deidentified, created, null, null);
  }

  /** What the page says of the checks. */
  public String checksStatement() {
    return checks == null ? NOT_CHECKED : checks;
  }
}
