package org.injectplan.workflow;

import ij.process.ImageProcessor;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.plan.Plan;
import org.injectplan.scan.Scan;
import org.injectplan.segment.needle.NeedleCheck;
import org.injectplan.segment.needle.NeedleDetection;

/**
 * Planned vs actual, one path for the command line's {@code check} and the plugin's Check Needle:
 * {@link NeedleCheck} on a frame taken with the needle in place (the plan's image region and
 * capsule outline; bone found on the frame left out of the needle search, since a plan carries no
 * bone mask and the bright bone surface is the likeliest false needle), and the tip in the
 * capsule given, else in the plan's outline, else unknown.
 */
public final class NeedleWorkflow {
  /** The shortest bright line the search takes for a needle (mm), for a front end's "none found". */
  public static final double MIN_LENGTH_MM = org.injectplan.segment.needle.NeedleDetector.MIN_LENGTH_MM;
  /** How far from the planned path's direction the search looks (degrees). */
  public static final double SEARCH_DEG = org.injectplan.segment.needle.NeedleDetector.SEARCH_DEG;

  private NeedleWorkflow() {
  }

  /**
   * Checks the needle on a frame of the scan.
   *
   * @param capsule a capsule for "tip in capsule" (full frame), or null for the plan's outline
   * @throws IllegalArgumentException when the plan is not an in-plane plan or its image region does
   *     not fit the frame
   */
  public static NeedleOutcome check(Plan plan, Scan scan, int frame, Mask capsule) throws BadScanException {
    if (scan.isUltrasound() && (frame < 0 || frame >= scan.frameCount())) {
      return NeedleOutcome.refused(Refusal.frameOrModality(scan, frame, true, "").orElseThrow());
    }
    return check(plan, scan, scan.isUltrasound() ? scan.frame(frame) : null, capsule);
  }

  /**
   * Checks the needle on a frame's pixels (the plugin passes the image as shown) with the scan's calibration.
   *
   * @param scan the scan the pixels belong to (its calibration; ultrasound only)
   * @param pixels the frame's pixels; not read when the scan is not ultrasound
   */
  public static NeedleOutcome check(Plan plan, Scan scan, ImageProcessor pixels, Mask capsule) {
    if (!scan.isUltrasound()) {
      return NeedleOutcome.refused(new Refusal(Refusal.Why.MODALITY, scan.file().toString(),
          "needle check is for ultrasound (in-plane) frames"));
    }
    Optional<NeedleDetection> d = NeedleCheck.check(plan, pixels, scan.calibration());
    Boolean in = null;
    if (d.isPresent()) {
      NeedleDetection n = d.get();
      in = capsule != null ? Boolean.valueOf(capsule.contains(n.tip().xPx(), n.tip().yPx()))
          : plan.capsule() == null ? null : Boolean.valueOf(n.tipInCapsule());
    }
    return new NeedleOutcome(d, in, Optional.empty());
  }
}
