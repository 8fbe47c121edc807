package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.PracticeScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Practice through its static method and through the recorded macro. */
class PracticePlanTest {

  @Test
  void refusesAnImageThatIsNotASample() throws Exception {
    ImagePlus imp = OpenScan.open(ScanImage.scanFile(OpenSample.open("knee-us")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PracticePlan.score(imp, new PixelPoint(300, 180), new PixelPoint(60, 40)));
    assertTrue(e.getMessage().contains("not a sample"), e.getMessage());
  }

  @Test
  void theReferencePlanItselfPassesAndIsRevealedInOrange() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan ref = reference(imp);
    PracticeScore s = PracticePlan.score(imp, ref.target(), ref.entry());
    assertTrue(s.passed(), String.join("; ", s.reasons()));
    assertEquals(0, s.targetErrorMm(), 1e-9);
    Roi revealed = PlanOverlay.named(imp, PlanOverlay.REFERENCE_PLAN + "trajectory").get(0);
    assertEquals(PlanOverlay.REFERENCE, revealed.getStrokeColor());
    assertEquals(PlanOverlay.TRAJECTORY,
        PlanOverlay.named(imp, PracticePlan.TRAINEE + "trajectory").get(0).getStrokeColor());
  }

  @Test
  void aTargetOutsideTheCapsuleFailsWithItsReasons() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan ref = reference(imp);
    PixelPoint shallow = new PixelPoint(ref.target().xPx(), ref.target().yPx() - 100); // 9 mm above
    PracticeScore s = PracticePlan.score(imp, shallow, ref.entry());
    assertFalse(s.passed());
    assertEquals(9.0, s.targetErrorMm(), 1e-9);
    assertTrue(s.reasons().stream().anyMatch(r -> r.contains("from the reference")), s.reasons().toString());
    ResultsTable rt = PracticePlan.table(imp, s);
    assertEquals("FAIL", rt.getStringValue("Verdict", 0));
    assertEquals(9.0, rt.getValue("Target error (mm)", 0), 1e-9);
  }

  /** On every XA sample, the spine AP included: the target is scored against the joint region. */
  @ParameterizedTest
  @ValueSource(strings = {"facet-oblique-xa", "spine-ap-xa", "spine-lateral-xa", "hip-ap-xa"})
  void onFluoroscopyAPointOnTheReferenceTargetPasses(String id) throws Exception {
    ImagePlus imp = OpenSample.open(id);
    Plan ref = reference(imp);
    PracticeScore s = PracticePlan.score(imp, ref.target(), ref.target());
    assertTrue(s.passed(), String.join("; ", s.reasons()));
    assertTrue(Double.isNaN(s.angleDiffDeg()), "coaxial: the angle is not compared");
    assertTrue(PlanOverlay.named(imp, PracticePlan.TRAINEE + "trajectory").isEmpty(), "a point, not a path");
  }

  @Test
  void theRecordedMacroScoresTheTraineesLine() throws Exception {
    ImagePlus imp = OpenSample.open("shoulder-us");
    Plan ref = reference(imp);
    HeadlessImageJ.run(String.join("\n",
        "run(\"Open Sample...\", \"sample=shoulder-us\");",
        String.format(java.util.Locale.ROOT, "makeLine(%f, %f, %f, %f);", ref.entry().xPx(), ref.entry().yPx(),
            ref.target().xPx(), ref.target().yPx()),
        "run(\"Practice...\", \"sample=shoulder-us\");"));
    ResultsTable rt = ResultsTable.getResultsTable();
    assertEquals("PASS", rt.getStringValue("Verdict", 0));
    assertEquals(0, rt.getValue("Target error (mm)", 0), 1e-3);
  }

  @Test
  void withoutALineTheRecordedMacroOpensTheChosenSampleToPlanOn() throws Exception {
    ImagePlus imp = HeadlessImageJ.runAndKeepImage("run(\"Practice...\", \"sample=hip-us\");");
    assertEquals("hip-us.dcm", imp.getTitle());
    assertTrue(PlanOverlay.named(imp, PlanOverlay.REFERENCE_PLAN).isEmpty(), "the reference stays hidden");
  }

  private static Plan reference(ImagePlus imp) throws Exception {
    String id = ScanImage.sample(imp).orElseThrow();
    return PlanJson.read(ScanImage.scanFile(imp).resolveSibling(id + ".plan.json"));
  }
}
