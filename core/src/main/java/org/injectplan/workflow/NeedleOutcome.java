package org.injectplan.workflow;

import java.util.Optional;
import org.injectplan.segment.needle.NeedleDetection;

/**
 * Planned vs actual: the needle found near the planned path, if any, and whether its tip lies in
 * the capsule: in the capsule given, else in the plan's capsule outline, else unknown (null),
 * never "no" for want of a capsule.
 *
 * @param needle the needle found, or empty when no bright linear echo lies near the planned path
 * @param tipInCapsule true or false when known; null when no needle was found or no capsule is known
 * @param refusal why there was no check (not ultrasound, a frame the scan lacks), or empty
 */
public record NeedleOutcome(Optional<NeedleDetection> needle, Boolean tipInCapsule, Optional<Refusal> refusal) {
  public NeedleOutcome {
    needle = needle == null ? Optional.empty() : needle;
    refusal = refusal == null ? Optional.empty() : refusal;
  }

  static NeedleOutcome refused(Refusal r) {
    return new NeedleOutcome(Optional.empty(), null, Optional.of(r));
  }
}
