package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Line;
import ij.measure.ResultsTable;
import ij.process.ImageProcessor;
import org.injectplan.plan.Plan;
import org.injectplan.segment.needle.NeedleDetection;
import org.junit.jupiter.api.Test;

/**
 * Check Needle on the knee sample with a needle drawn into the frame: a bright band of a 22G
 * needle's width (0.72 mm, 8 pixels of 0.09 mm), grey 230, from the skin along a known path to a
 * known tip. The truth is the drawn line; goals as the core's needle tests: angle within 2 deg,
 * tip within 1 mm.
 */
class CheckNeedleTest {
  private static final double MM_PER_PX = 0.09;

  @Test
  void refusesAnImageWithoutAPlan() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    assertThrows(IllegalArgumentException.class, () -> CheckNeedle.check(imp));
  }

  @Test
  void aNeedleShortOfTheTargetIsFoundWithItsTipAndAngle() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan plan = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    double dx = plan.target().xPx() - plan.entry().xPx();
    double dy = plan.target().yPx() - plan.entry().yPx();
    double len = Math.hypot(dx, dy);
    double shortPx = 4 / MM_PER_PX; // the tip stops 4 mm before the target, on the planned line
    double tipX = plan.target().xPx() - dx / len * shortPx;
    double tipY = plan.target().yPx() - dy / len * shortPx;
    ImageProcessor ip = imp.getProcessor();
    ip.setColor(230);
    ip.setLineWidth(8);
    ip.drawLine((int) Math.round(plan.entry().xPx()), (int) Math.round(plan.entry().yPx()), (int) Math.round(tipX),
        (int) Math.round(tipY));
    NeedleDetection n = CheckNeedle.check(imp).orElseThrow();
    assertEquals(plan.angleDeg(), n.angleDeg(), 2.0, "angle");
    assertEquals(0, n.angleDeviationDeg(), 2.0);
    double tipErrMm = MM_PER_PX * Math.hypot(n.tip().xPx() - tipX, n.tip().yPx() - tipY);
    assertTrue(tipErrMm <= 1.0, "tip " + tipErrMm + " mm from the drawn tip");
    assertEquals(4.0, n.tipToTargetMm(), 1.0);
    Line drawn = (Line) PlanOverlay.named(imp, CheckNeedle.NEEDLE).get(0);
    assertEquals(n.tip().xPx(), drawn.x2d, 1e-6);
    ResultsTable rt = CheckNeedle.table(imp, n);
    assertEquals(n.tipToTargetMm(), rt.getValue("Tip to target (mm)", 0), 1e-9);
    assertEquals(n.tipInCapsule() ? "yes" : "no", rt.getStringValue("Tip in capsule", 0));
  }

  @Test
  void theRecordedMacroFindsTheSameNeedle() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan plan = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    String line = String.format(java.util.Locale.ROOT, "drawLine(%d, %d, %d, %d);",
        Math.round(plan.entry().xPx()), Math.round(plan.entry().yPx()), Math.round(plan.target().xPx()),
        Math.round(plan.target().yPx()));
    HeadlessImageJ.run(String.join("\n",
        "run(\"Open Sample...\", \"sample=knee-us\");",
        "run(\"Plan Trajectory...\", \"joint=knee volume=0 cells=50000000 maximum=0 clearance=2 side=either\");",
        "setColor(230); setLineWidth(8); " + line,
        "run(\"Check Needle...\");"));
    ResultsTable rt = ResultsTable.getResultsTable();
    assertEquals(0, rt.getValue("Angle deviation (deg)", 0), 2.0);
    assertEquals(0, rt.getValue("Tip to target (mm)", 0), 1.0);
    assertEquals("yes", rt.getStringValue("Tip in capsule", 0));
  }
}
