package org.injectplan.plugin;

import ij.ImagePlus;
import ij.gui.Roi;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.FluoroTarget;
import org.injectplan.scan.Scan;
import org.injectplan.workflow.FluoroChoices;
import org.injectplan.workflow.FluoroOutcome;
import org.injectplan.workflow.FluoroWorkflow;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.InjectionChoices;
import org.injectplan.workflow.Refusal;

/**
 * Plan Trajectory on a fluoroscopy frame: a single view, planned down the beam as the command
 * line's {@code plan} plans it (core {@link FluoroWorkflow} over {@link FluoroPlanning}). The target is the point selection, else
 * the joint-space detector's first candidate ({@link FluoroTarget}); the joint space is the
 * frame's {@code joint space} overlay element (Segment Capsule), else the detector's; the entry is
 * the target's skin projection, so the needle is seen end-on. The depth along the beam is unknown
 * on one view: the plan says so ({@code depthKnown: false}, warnings) and the Results table
 * shows it as "unknown (single view)". Structures to avoid are the overlay's and the ROI
 * Manager's ({@link Structures}); bone is not one on a projection, and nothing is looked for in
 * the image.
 */
final class FluoroTrajectory {
  private FluoroTrajectory() {
  }

  /**
   * Plans down the beam on the frame of the image's scan.
   *
   * @param target the target to keep, or null for the joint-space detector's first candidate
   * @throws IllegalArgumentException when no target is given and no joint space is found (the
   *     reason said), or the target lies outside the calibrated area
   */
  static FluoroPlanning.Result plan(ImagePlus imp, Scan scan, int frame, PlanChoices c, PixelPoint target)
      throws java.io.IOException {
    FluoroChoices choices = FluoroChoices.of(c.preset()).withTarget(target).withInjection(new InjectionChoices(
        c.volumeMl(), c.cells(), 1));
    FluoroOutcome o = new FluoroWorkflow().plan(scan, frame, choices, new GivenStructures(
        drawnJointSpace(imp, frame).orElse(null), Structures.of(imp, frame).avoid(), null));
    if (o.refusal().isPresent()) {
      Refusal r = o.refusal().get();
      throw new IllegalArgumentException(imp.getTitle() + ": " + r.reason() + (r.why() == Refusal.Why.NO_JOINT_SPACE
          ? ": click the target with the point tool and run Plan Trajectory again" : ""));
    }
    return o.result();
  }

  /** The frame's joint space as Segment Capsule drew it, if it did. */
  private static Optional<Mask> drawnJointSpace(ImagePlus imp, int frame) {
    return PlanOverlay.named(imp, SegmentCapsule.JOINT_SPACE).stream()
        .filter(r -> SegmentCapsule.JOINT_SPACE.equals(r.getName()) && Structures.onFrame(r, frame)).findFirst()
        .map((Roi r) -> MaskRois.mask(r, imp.getWidth(), imp.getHeight()));
  }
}
