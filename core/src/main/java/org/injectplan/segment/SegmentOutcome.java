package org.injectplan.segment;

import java.util.Optional;

/**
 * A segmentation, or the reason there is none ("no capsule found: ..."): a segmenter says so
 * rather than guess.
 */
public record SegmentOutcome(Optional<Segmentation> found, String reason) {

  public SegmentOutcome {
    if (found.isEmpty() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an outcome without a segmentation needs a reason");
    }
  }

  public static SegmentOutcome of(Segmentation s) {
    return new SegmentOutcome(Optional.of(s), "found");
  }

  public static SegmentOutcome none(String reason) {
    return new SegmentOutcome(Optional.empty(), reason);
  }

  public boolean isFound() {
    return found.isPresent();
  }

  /** The segmentation; throws when there is none. */
  public Segmentation get() {
    return found.orElseThrow(() -> new IllegalStateException(reason));
  }
}
