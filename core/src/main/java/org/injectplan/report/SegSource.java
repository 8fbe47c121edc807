package org.injectplan.report;

import java.util.Optional;
import org.injectplan.scan.ScanIdentity;

/**
 * What the Segmentation and the Measurement Report need of the source image.
 *
 * @param identity its identity as it is to appear (de-identified when asked)
 * @param rows its rows
 * @param columns its columns
 * @param frameCount its number of frames (a Referenced Frame Number is written when above 1)
 * @param frameOfReferenceUid its Frame of Reference UID (0020,0052) as it is to appear, if it has one
 */
record SegSource(ScanIdentity identity, int rows, int columns, int frameCount, Optional<String> frameOfReferenceUid) {
  SegSource {
    if (identity == null || rows <= 0 || columns <= 0 || frameCount <= 0 || frameOfReferenceUid == null) {
      throw new IllegalArgumentException("a source needs an identity, a size and a frame count: " + rows + " x "
          + columns + ", " + frameCount + " frame(s)");
    }
  }

  /** The frame number (from 1) to reference, or empty for a single-frame source. */
  Optional<Integer> referencedFrame(int planFrame) {
    return frameCount > 1 ? Optional.of(planFrame + 1) : Optional.empty();
  }
}
