package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.util.List;
import java.util.Optional;
import org.injectplan.plan.Plan;
import org.injectplan.scan.Scan;
import org.injectplan.segment.needle.NeedleDetection;
import org.injectplan.workflow.NeedleOutcome;
import org.injectplan.workflow.NeedleWorkflow;

/**
 * Plugins &gt; Injection Planner &gt; Check Needle...: finds the needle on the current frame
 * (taken with the needle in place) near the image's plan (core {@link NeedleWorkflow}, the command
 * line's {@code check} path: bone found on the frame left out of the search) and compares: angle
 * and its deviation from the plan, tip-to-target distance, tip in the capsule (the plan's capsule
 * outline; "unknown" when the plan has none, as on the command line). The needle is drawn in blue;
 * "no needle found" is a message. Ultrasound only.
 */
public class CheckNeedle implements PlugIn {
  static final String NEEDLE = "needle";

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    Commands.run("Check Needle", () -> {
      NeedleOutcome o = checkOutcome(imp);
      if (o.needle().isEmpty()) {
        Commands.message("Check Needle", "no needle found near the planned path on frame " + (ScanImage.frame(imp) + 1)
            + " (no bright line of " + NeedleWorkflow.MIN_LENGTH_MM + " mm or more within "
            + NeedleWorkflow.SEARCH_DEG + " deg of the plan)");
        return;
      }
      Tables.show(table(imp, o.needle().get(), o.tipInCapsule()), Tables.NEEDLE);
      imp.updateAndDraw();
    });
  }

  /** The needle on the image's current frame, compared with the image's plan; drawn when found. */
  public static Optional<NeedleDetection> check(ImagePlus imp) throws Exception {
    return checkOutcome(imp).needle();
  }

  /** The core's check on the image's current frame as shown, with the image's plan; the needle drawn when found. */
  static NeedleOutcome checkOutcome(ImagePlus imp) throws Exception {
    Plan plan = ScanImage.requirePlan(imp);
    int frame = ScanImage.frame(imp);
    try (Scan scan = ScanImage.open(imp)) {
      NeedleOutcome o = NeedleWorkflow.check(plan, scan, imp.getStack().getProcessor(frame + 1), null);
      if (o.refusal().isPresent()) {
        throw new IllegalArgumentException(imp.getTitle() + ": Check Needle works on ultrasound (in-plane) only");
      }
      o.needle().ifPresent(n -> PlanOverlay.replace(imp, NEEDLE, List.of(PlanOverlay.styled(new Line(
          n.shaftStart().xPx(), n.shaftStart().yPx(), n.tip().xPx(), n.tip().yPx()), NEEDLE, PlanOverlay.NEEDLE, 1)),
          imp.getStackSize() > 1 ? frame + 1 : 0));
      return o;
    }
  }

  /** The table row, the tip in the capsule as the detection found it. */
  static ResultsTable table(ImagePlus imp, NeedleDetection n) {
    return table(imp, n, n.tipInCapsule());
  }

  /** The table row; the tip in the capsule "unknown" when it is not known (null: the plan has no outline). */
  static ResultsTable table(ImagePlus imp, NeedleDetection n, Boolean tipInCapsule) {
    ResultsTable rt = Tables.create();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Frame", ScanImage.frame(imp) + 1);
    rt.addValue("Needle angle (deg)", n.angleDeg());
    rt.addValue("Angle deviation (deg)", n.angleDeviationDeg());
    boolean mm = "mm".equals(imp.getCalibration().getUnit());
    rt.addValue(mm ? "Tip to target (mm)" : "Tip to target (px)", n.tipToTargetMm());
    rt.addValue("Tip in capsule", tipInCapsule == null ? "unknown (the plan has no capsule outline)"
        : tipInCapsule ? "yes" : "no");
    rt.addValue("Tip X (px)", n.tip().xPx());
    rt.addValue("Tip Y (px)", n.tip().yPx());
    rt.addValue("Contrast", n.contrast());
    return rt;
  }
}
