package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.planning.PracticeScore;
import org.injectplan.scan.Scan;
import org.injectplan.workflow.PracticeWorkflow;

/**
 * Plugins &gt; Injection Planner &gt; Practice...: a trainee plans on a sample and is scored
 * against the sample's reference plan (core {@link PracticeWorkflow}, the command line's
 * {@code practice} path; thresholds in docs/planning.md). Run
 * it once to open the chosen sample; draw a line from the entry to the target (on fluoroscopy a
 * point on the target is enough) and run it again: the score goes to the Results table, and the
 * reference plan is revealed in dashed orange under the trainee's path in green. Frame 1 (the first
 * slice) is scored.
 */
public class PracticePlan implements PlugIn {
  /** Name prefix of the trainee's path in the overlay. */
  static final String TRAINEE = "practice ";
  /** The reference trajectory's dash pattern (px on, px off). */
  static final float[] REFERENCE_DASH = {6, 5};

  @Override
  public void run(String arg) {
    ImagePlus current = ij.WindowManager.getCurrentImage();
    String sample = current == null ? OpenSample.DEFAULT : ScanImage.sample(current).orElse(OpenSample.DEFAULT);
    MacroDialog d = new MacroDialog("Practice");
    d.addChoice("Sample:", SampleFiles.ids(), sample);
    d.addMessage("Draw the entry-to-target line on the sample, then run Practice again to be scored.");
    if (!d.show()) {
      return;
    }
    String id = d.nextChoice();
    Commands.run("Practice", () -> {
      PixelPoint[] te = current == null ? new PixelPoint[2] : PlanTrajectory.userPoints(current.getRoi());
      boolean ready = current != null && id.equals(ScanImage.sample(current).orElse(null)) && te[0] != null;
      if (!ready) {
        ImagePlus imp = OpenSample.open(id);
        imp.show();
        Commands.message("Practice", "Draw a line from the skin entry to the target on " + id
            + " (frame 1), then run Practice again to be scored.");
        return;
      }
      PracticeScore s = score(current, te[0], te[1] != null ? te[1] : te[0]);
      Tables.show(table(current, s), Tables.PRACTICE);
      current.updateAndDraw();
    });
  }

  /**
   * Scores the trainee's target and entry on the sample image (frame 0) against its reference
   * plan, and draws both: the trainee's path in green, the reference plan in orange.
   */
  public static PracticeScore score(ImagePlus imp, PixelPoint target, PixelPoint entry) throws Exception {
    String id = ScanImage.sample(imp).orElseThrow(() -> new IllegalArgumentException(imp.getTitle()
        + " is not a sample: Practice scores plans on the samples (Open Sample), which carry a reference plan"));
    try (Scan scan = ScanImage.open(imp)) {
      PracticeWorkflow.Outcome o = PracticeWorkflow.score(scan, target, entry);
      if (o.refusal().isPresent()) {
        throw new IllegalArgumentException(imp.getTitle() + " (" + id + "): " + o.refusal().get().message());
      }
      draw(imp, o.reference(), target, entry);
      return o.score().orElseThrow();
    }
  }

  private static void draw(ImagePlus imp, Plan reference, PixelPoint target, PixelPoint entry) {
    List<Roi> trainee = new ArrayList<>();
    if (!entry.equals(target)) {
      trainee.add(PlanOverlay.styled(new Line(entry.xPx(), entry.yPx(), target.xPx(), target.yPx()),
          TRAINEE + "trajectory", PlanOverlay.TRAJECTORY, PlanOverlay.TRAJECTORY_WIDTH));
    }
    trainee.add(PlanOverlay.styled(new PointRoi(target.xPx(), target.yPx()), TRAINEE + "target",
        PlanOverlay.TRAJECTORY, 1));
    int position = imp.getStackSize() > 1 ? 1 : 0;
    // the reference first and dashed, the trainee's line over it: both stay visible where they meet
    PlanOverlay.draw(imp, reference, PlanOverlay.REFERENCE_PLAN, PlanOverlay.REFERENCE, REFERENCE_DASH);
    PlanOverlay.replace(imp, TRAINEE, trainee, position);
    imp.setSlice(1);
    imp.deleteRoi();
  }

  static ResultsTable table(ImagePlus imp, PracticeScore s) {
    ResultsTable rt = Tables.create();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Verdict", s.passed() ? "PASS" : "FAIL");
    rt.addValue("Target error (mm)", s.targetErrorMm());
    rt.addValue("Target in capsule", s.targetInCapsule() ? "yes" : "no");
    if (!Double.isNaN(s.angleDiffDeg())) {
      rt.addValue("Angle (deg)", s.angleDeg());
      rt.addValue("Angle difference (deg)", s.angleDiffDeg());
    }
    rt.addValue("Clearance (mm)", s.minClearanceMm());
    rt.addValue("Crossed", s.crossed().isEmpty() ? "none" : String.join(", ", s.crossed()));
    rt.addValue("Fraction in capsule", s.fractionInCapsule());
    rt.addValue("Reference fraction", s.referenceFraction());
    rt.addValue("Reasons", String.join("; ", s.reasons()));
    return rt;
  }
}
