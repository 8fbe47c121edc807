package org.injectplan.segment;

import org.injectplan.image.Mask;

/**
 * What a segmenter found on one frame.
 *
 * @param frame frame number, from 0
 * @param kind what the mask is
 * @param mask full-frame mask
 * @param areaMm2 the mask's area in mm² (NaN when the frame is not calibrated)
 * @param confidence 0..1: how recess-like (US) or how clear (XA) the finding is
 * @param how the mode and the cue that decided, in words (for the report and the JSON)
 */
public record Segmentation(int frame, Kind kind, Mask mask, double areaMm2, double confidence, String how) {

  /** The kinds of the {@code kind} key of the segment JSON. */
  public enum Kind {
    CAPSULE_FLUID, JOINT_SPACE
  }

  public Segmentation {
    if (frame < 0) {
      throw new IllegalArgumentException("frame must be >= 0: " + frame);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  public int areaPx() {
    return mask.count();
  }

  public double[] centroidPx() {
    return mask.centroidPx();
  }

  /** Bounding box [x0, y0, x1, y1], inclusive, or an empty array for an empty mask. */
  public int[] bboxPx() {
    int[] b = mask.bounds();
    return b == null ? new int[0] : b;
  }
}
