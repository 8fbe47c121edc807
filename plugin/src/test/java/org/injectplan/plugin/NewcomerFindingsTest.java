package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.planning.JointPreset;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings of a newcomer's first hour in ImageJ (issue 14), each as it must now behave. */
class NewcomerFindingsTest {

  @Test
  void afterPlanningThePlansEntryToTargetIsTheLineSelectionToDrag() throws Exception {
    ImagePlus imp = HeadlessImageJ.runAndKeepImage(String.join("\n",
        "run(\"Open Sample...\", \"sample=knee-us\");",
        "run(\"Plan Trajectory...\", \"joint=knee volume=0 cells=50000000 maximum=0 clearance=2 side=either\");"));
    Plan p = ScanImage.requirePlan(imp);
    Line line = assertInstanceOf(Line.class, imp.getRoi(), "the plan is left as a line selection");
    assertEquals(p.entry(), new PixelPoint(line.x1d, line.y1d), "the line starts at the entry");
    assertEquals(p.target(), new PixelPoint(line.x2d, line.y2d), "and ends at the target");
    assertEquals(PlanOverlay.TRAJECTORY, line.getStrokeColor());
    PixelPoint[] te = PlanTrajectory.userPoints(line);
    assertEquals(p.target(), te[0], "replanning from the untouched line keeps the same target");
  }

  @Test
  void aPathThroughAStructureIsNamedAndDrawnInTheWarningColour() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan clear = PlanTrajectory.plan(imp, PlanChoices.of("knee").withFind(false), null, null);
    double mx = (clear.entry().xPx() + clear.target().xPx()) / 2;
    double my = (clear.entry().yPx() + clear.target().yPx()) / 2;
    OvalRoi vein = new OvalRoi(mx - 8, my - 8, 16, 16);
    vein.setName("avoid: vein on the path");
    PlanOverlay.add(imp, vein, 0);
    Plan p = PlanTrajectory.plan(imp, PlanChoices.of("knee").withFind(false), clear.target(), clear.entry());
    Roi trajectory = PlanOverlay.named(imp, PlanOverlay.PLAN + "trajectory").get(0);
    assertEquals(PlanOverlay.CROSSING, trajectory.getStrokeColor(), "not the safe green");
    assertNotEquals(PlanOverlay.TRAJECTORY, PlanOverlay.CROSSING);
    List<Roi> label = PlanOverlay.named(imp, PlanOverlay.PLAN + "crossing");
    assertEquals(1, label.size(), "the crossing is named on the image");
    assertTrue(((ij.gui.TextRoi) label.get(0)).getText().contains("crosses vein on the path"));
    assertEquals("crosses vein on the path", PlanTable.of(imp, p).getStringValue("Path", 0));
    assertEquals("clear", PlanTable.of(imp, clear).getStringValue("Path", 0));
  }

  @Test
  void theDialogShowsTheJointsDefaultsAndAMacroWithoutThemGetsTheChosenJoints() throws Exception {
    assertEquals(JointPreset.KNEE.defaultVolumeMl(), PlanChoices.defaults("knee")[0], 0);
    assertEquals(30, PlanChoices.defaults("knee")[1], 0, "the in-plane limit shown, not 0");
    assertEquals(JointPreset.FACET.defaultVolumeMl(), PlanChoices.defaults("facet")[0], 0);
    ImagePlus imp = HeadlessImageJ.runAndKeepImage(String.join("\n",
        "run(\"Open Sample...\", \"sample=hip-us\");",
        "run(\"Plan Trajectory...\", \"joint=hip cells=50000000 clearance=2 side=either\");"));
    assertEquals(JointPreset.HIP.defaultVolumeMl(), ScanImage.requirePlan(imp).deposition().volumeMl(), 1e-9);
  }

  @Test
  void aMacroThatGivesNoCapsuleStopsWithTheReason() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    List<SegmentOutcome> found = SegmentCapsule.segment(imp, Optional.of(new double[] {588, 453}),
        ProgressListener.NONE);
    Optional<String> refusal = SegmentCapsule.refusal(imp, found);
    assertTrue(refusal.orElseThrow().contains("no capsule found: " + found.get(0).reason()), refusal.get());
    HeadlessImageJ.commands();
    Commands.takeLastError();
    String result = ij.IJ.runMacro(String.join("\n", "setBatchMode(true);",
        "run(\"Open Sample...\", \"sample=knee-us\");", "makePoint(588, 453);", "run(\"Segment Capsule\");",
        "return \"went on\";"));
    assertNotEquals("went on", result, "the macro stops at the refusal");
    assertTrue(Commands.takeLastError().contains("no capsule found"));
  }

  @Test
  void exportPlanCreatesAMissingFolderOnRequestAndNamesTheFolderOnFailure(@TempDir Path dir) throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    Path missing = dir.resolve("new").resolve("folder");
    IllegalArgumentException no = assertThrows(IllegalArgumentException.class,
        () -> ExportPlan.export(imp, missing, false, false, false));
    assertTrue(no.getMessage().startsWith("Export Plan failed: " + missing + ": no such folder"), no.getMessage());
    List<Path> written = ExportPlan.export(imp, missing, true, false, false);
    assertEquals(2, written.size());
    assertTrue(Files.isRegularFile(written.get(1)));
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!Files.isWritable(locked)) { // root writes anywhere: the check needs an ordinary user
      java.io.IOException e = assertThrows(java.io.IOException.class,
          () -> ExportPlan.export(imp, locked, false, false, false));
      assertTrue(e.getMessage().startsWith("Export Plan failed: " + locked + ": "), e.getMessage());
      assertFalse(e.getMessage().contains(".part"), "no temporary file name: " + e.getMessage());
    }
    assertEquals("permission denied", ExportPlan.reason(new java.nio.file.AccessDeniedException(
        locked.resolve(".knee-us-plan.json.123.part").toString())));
  }

  @Test
  void theRecordedExportRemembersItsFolder(@TempDir Path dir) throws Exception {
    HeadlessImageJ.run(String.join("\n", "run(\"Open Sample...\", \"sample=knee-us\");",
        "run(\"Plan Trajectory...\", \"joint=knee cells=50000000 clearance=2 side=either\");",
        "run(\"Export Plan...\", \"folder=[" + dir.resolve("out") + "] create\");"));
    assertTrue(Files.isRegularFile(dir.resolve("out").resolve("knee-us-plan.pdf")));
    assertEquals(dir.resolve("out").toAbsolutePath().toString(), ExportPlan.lastFolder());
  }

  @Test
  void theFiguresGoToOurOwnTableWithWholeFigures() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    ResultsTable rt = PlanTable.of(imp, PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null));
    assertFalse(rt == ResultsTable.getResultsTable(), "a table of ours, not the user's Results table");
    assertEquals("50.0", ij.IJ.d2s(rt.getValue("Cells (millions)", 0), 1), "50 million, not 5000000");
  }

  @Test
  void practiceDrawsTheReferenceDashedUnderTheTraineesLine() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan reference = org.injectplan.plan.PlanJson.read(ScanImage.scanFile(imp).resolveSibling("knee-us.plan.json"));
    PracticePlan.score(imp, reference.target(), reference.entry());
    Roi[] all = imp.getOverlay().toArray();
    int ref = -1;
    int trainee = -1;
    for (int i = 0; i < all.length; i++) {
      if ((PlanOverlay.REFERENCE_PLAN + "trajectory").equals(all[i].getName())) {
        ref = i;
      }
      if ((PracticePlan.TRAINEE + "trajectory").equals(all[i].getName())) {
        trainee = i;
      }
    }
    assertTrue(ref >= 0 && trainee > ref, "the trainee's line is drawn over the reference");
    assertTrue(all[ref].getStroke().getDashArray() != null, "the reference is dashed");
  }

  @Test
  void helpCarriesTheGuideAndTheVersion() {
    assertTrue(Help.guide().contains("Segment Capsule"), "the guide rides in the jar (class path)");
    assertTrue(Help.about().contains("InjectPlan"));
    assertFalse(Help.version().isBlank());
    assertTrue(GuideHtml.of("# Title\n\nSome `code` & <b>.\n![pic](a.png)").contains("<code>code</code> &amp;"));
  }
}
