package org.injectplan.workflow;

/**
 * Why the workflow gave no result: a reason the user can act on, not a failure of the program.
 *
 * @param why the kind of refusal, for a front end that adds what to try (e.g. "click inside the recess")
 * @param subject what it is about: the scan's file, another input file, or a choice (e.g.
 *     {@code --lateral}); front ends print {@code subject: reason}; null when it is about the
 *     choices as a whole ({@link Why#PLANNER})
 * @param reason why, e.g. {@code no capsule found: <the segmenter's reason>}
 */
public record Refusal(Why why, String subject, String reason) {
  /** The kinds of refusal. */
  public enum Why {
    /** The frame does not exist in the scan. */
    NO_SUCH_FRAME,
    /** The modality is not planned (ultrasound and fluoroscopy only), or not the workflow's. */
    MODALITY,
    /** The segmenter found no capsule (and none was given). */
    NO_CAPSULE,
    /** No target was given and the detector found no joint space. */
    NO_JOINT_SPACE,
    /** The second (lateral) view cannot be used. */
    SECOND_VIEW,
    /** Practice on a scan that is not a sample (no reference plan or truth mask beside it), or a mask of another size. */
    NOT_A_SAMPLE,
    /**
     * The planner's refusal of the choices: no acceptable path within the limits, an entry too
     * steep to see the needle, a target outside the calibrated region.
     */
    PLANNER
  }

  public Refusal {
    if (why == null || (subject == null) != (why == Why.PLANNER) || subject != null && subject.isBlank()
        || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a refusal names its kind, subject and reason: " + why + ", " + subject
          + ", " + reason);
    }
  }

  /** {@code subject: reason}, or the reason alone when there is no subject. */
  public String message() {
    return subject == null ? reason : subject + ": " + reason;
  }

  /**
   * The refusal of a frame the scan does not have, else of a scan of another modality than the
   * workflow's; empty when neither.
   *
   * @param modalityOk whether the scan's modality is the workflow's
   * @param planned what the workflow plans, for the reason: e.g. "in-plane: ultrasound (US) only"
   */
  static java.util.Optional<Refusal> frameOrModality(org.injectplan.scan.Scan scan, int frame, boolean modalityOk,
      String planned) {
    if (frame < 0 || frame >= scan.frameCount()) {
      return java.util.Optional.of(new Refusal(Why.NO_SUCH_FRAME, scan.file().toString(), "frame " + frame
          + " does not exist (the scan has " + scan.frameCount() + " frame(s), numbered from 0)"));
    }
    if (!modalityOk) {
      return java.util.Optional.of(new Refusal(Why.MODALITY, scan.file().toString(), "modality " + scan.modality()
          + " is not planned " + planned));
    }
    return java.util.Optional.empty();
  }
}
