package org.injectplan.planning;

import ij.process.ImageProcessor;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;

/**
 * The target and the joint space of a fluoroscopy plan on one frame, as every front end chooses
 * them: the target given, else the joint-space detector's first candidate (found around a click
 * when one is given, else automatically); the joint space given, else the detector's band. The
 * detector is run around the given target too, so that its band is the joint space under it.
 *
 * @param target the target, or null when none was given and the detector found none
 * @param jointSpace the joint-space mask, or null when none was given or found
 * @param reason the detector's outcome: {@code found}, or why it found no joint space
 */
public record FluoroTarget(PixelPoint target, Mask jointSpace, String reason) {

  /** True when there is a target to plan on. */
  public boolean hasTarget() {
    return target != null;
  }

  /**
   * Chooses the target and the joint space on a frame.
   *
   * @param frame the frame's pixels
   * @param frameIndex the frame's index, from 0
   * @param target a target to keep, or null
   * @param click a click near the joint space for the detector, or null (ignored when a target is given)
   * @param given a joint-space mask to keep (full frame), or null
   * @throws IllegalArgumentException when the frame or calibration is missing, or the click or
   *     target lies outside the frame
   */
  public static FluoroTarget choose(ImageProcessor frame, Calibration cal, int frameIndex, PixelPoint target,
      PixelPoint click, Mask given) {
    if (frame == null || cal == null) {
      throw new IllegalArgumentException("frame and calibration are required");
    }
    if (given != null && (given.width() != frame.getWidth() || given.height() != frame.getHeight())) {
      throw new IllegalArgumentException("joint-space mask is " + given.width() + "x" + given.height()
          + ", the frame " + frame.getWidth() + "x" + frame.getHeight());
    }
    PixelPoint near = target != null ? target : click;
    JointSpaceDetector.Result r = new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(frame, cal, frameIndex,
        near == null ? Optional.empty() : Optional.of(new double[] {near.xPx(), near.yPx()}));
    Mask found = r.outcome().isFound() ? r.outcome().get().mask() : null;
    PixelPoint t = target;
    if (t == null && !r.targetsPx().isEmpty()) {
      double[] p = r.targetsPx().get(0);
      t = new PixelPoint(p[0], p[1]);
    }
    return new FluoroTarget(t, given != null ? given : found, r.outcome().reason());
  }
}
