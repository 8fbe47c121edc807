package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.util.List;
import java.util.Optional;
import org.injectplan.plan.Plan;
import org.injectplan.planning.NeedleCheck;
import org.injectplan.planning.NeedleDetection;
import org.injectplan.planning.NeedleDetector;
import org.injectplan.scan.Scan;

/**
 * Plugins &gt; Injection Planner &gt; Check Needle...: finds the needle on the current frame
 * (taken with the needle in place) near the image's plan (core {@link NeedleCheck}, as the command line's {@code check}) and
 * compares: angle and its deviation from the plan, tip-to-target distance, tip in the capsule.
 * The needle is drawn in blue; "no needle found" is a message. Ultrasound only.
 */
public class CheckNeedle implements PlugIn {
  static final String NEEDLE = "needle";

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    Commands.run("Check Needle", () -> {
      Optional<NeedleDetection> d = check(imp);
      if (d.isEmpty()) {
        Commands.message("Check Needle", "no needle found near the planned path on frame " + (ScanImage.frame(imp) + 1)
            + " (no bright line of " + NeedleDetector.MIN_LENGTH_MM + " mm or more within "
            + NeedleDetector.SEARCH_DEG + " deg of the plan)");
        return;
      }
      Tables.show(table(imp, d.get()), Tables.NEEDLE);
      imp.updateAndDraw();
    });
  }

  /** The needle on the image's current frame, compared with the image's plan; drawn when found. */
  public static Optional<NeedleDetection> check(ImagePlus imp) throws Exception {
    Plan plan = ScanImage.requirePlan(imp);
    int frame = ScanImage.frame(imp);
    try (Scan scan = ScanImage.open(imp)) {
      if (!scan.isUltrasound()) {
        throw new IllegalArgumentException(imp.getTitle() + ": Check Needle works on ultrasound (in-plane) only");
      }
      // One check for the command line and the plugin: NeedleCheck takes the plan's image region
      // and capsule, and leaves bone found on the frame out of the needle search.
      Optional<NeedleDetection> d = NeedleCheck.check(plan, imp.getStack().getProcessor(frame + 1),
          scan.calibration());
      d.ifPresent(n -> PlanOverlay.replace(imp, NEEDLE, List.of(PlanOverlay.styled(new Line(n.shaftStart().xPx(),
          n.shaftStart().yPx(), n.tip().xPx(), n.tip().yPx()), NEEDLE, PlanOverlay.NEEDLE, 1)),
          imp.getStackSize() > 1 ? frame + 1 : 0));
      return d;
    }
  }

  static ResultsTable table(ImagePlus imp, NeedleDetection n) {
    ResultsTable rt = Tables.create();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Frame", ScanImage.frame(imp) + 1);
    rt.addValue("Needle angle (deg)", n.angleDeg());
    rt.addValue("Angle deviation (deg)", n.angleDeviationDeg());
    boolean mm = "mm".equals(imp.getCalibration().getUnit());
    rt.addValue(mm ? "Tip to target (mm)" : "Tip to target (px)", n.tipToTargetMm());
    rt.addValue("Tip in capsule", n.tipInCapsule() ? "yes" : "no");
    rt.addValue("Tip X (px)", n.tip().xPx());
    rt.addValue("Tip Y (px)", n.tip().yPx());
    rt.addValue("Contrast", n.contrast());
    return rt;
  }
}
