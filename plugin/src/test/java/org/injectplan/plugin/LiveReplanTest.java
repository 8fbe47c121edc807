package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.RoiListener;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.junit.jupiter.api.Test;

/** Moving the line replans (the listener driven directly, planning on the calling thread). */
class LiveReplanTest {

  @Test
  void aDeletedSelectionOrAnUnwatchedImageChangesNothing() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan first = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    LiveReplan live = new LiveReplan(Runnable::run);
    imp.setRoi(new Line(100, 40, 350, 180));
    live.roiModified(imp, RoiListener.MODIFIED); // not watched yet
    assertEquals(first, ScanImage.requirePlan(imp));
    live.follow(imp, PlanChoices.of("knee"));
    live.roiModified(imp, RoiListener.DELETED);
    assertEquals(first, ScanImage.requirePlan(imp));
  }

  @Test
  void movingTheLineReplansFromItsEnds() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    LiveReplan live = new LiveReplan(Runnable::run);
    live.follow(imp, PlanChoices.of("knee"));
    imp.setRoi(new Line(100, 40, 350, 180));
    live.roiModified(imp, RoiListener.MODIFIED);
    Plan moved = ScanImage.requirePlan(imp);
    assertEquals(new PixelPoint(100, 40), moved.entry());
    assertEquals(new PixelPoint(350, 180), moved.target());
    Line drawn = (Line) PlanOverlay.named(imp, PlanOverlay.PLAN + "trajectory").get(0);
    assertEquals(350, drawn.x2d, 1e-9);
  }
}
