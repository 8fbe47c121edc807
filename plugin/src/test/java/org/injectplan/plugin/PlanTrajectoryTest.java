package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import java.nio.file.Path;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Structure;
import org.injectplan.segment.structures.StructureFinder;
import org.junit.jupiter.api.Test;

/** Plan Trajectory through its static method and through the recorded macro, on the samples. */
class PlanTrajectoryTest {
  /** The knee sample's pixels are 0.09 mm: 3 mm is about 33 pixels. */
  private static final double TARGET_TOLERANCE_MM = 3.0;

  @Test
  void refusesAnImageWithoutAScan() {
    ImagePlus blank = ij.IJ.createImage("blank", "8-bit black", 64, 64, 1);
    assertThrows(IllegalArgumentException.class, () -> PlanTrajectory.plan(blank, PlanChoices.of("knee"), null, null));
  }

  @Test
  void theAutomaticKneePlanIsNearTheReferenceAndKeptOnTheImage() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan p = PlanTrajectory.plan(imp, PlanChoices.of("knee").withFind(false), null, null);
    Plan reference = PlanJson.read(ScanImage.scanFile(imp).resolveSibling("knee-us.plan.json"));
    double errMm = 0.09 * p.target().distancePx(reference.target());
    assertTrue(errMm <= TARGET_TOLERANCE_MM, "target " + errMm + " mm from the reference");
    Mask truth = SampleFiles.mask(ScanImage.scanFile(imp), "capsule", 0);
    assertTrue(truth.contains(p.target().xPx(), p.target().yPx()), "target in the true capsule");
    assertTrue(p.angleDeg() <= 30 + 1e-9, "angle " + p.angleDeg());
    assertEquals("lateral superior genicular artery", p.avoid(), "the sample's structure was taken into account");
    assertTrue(p.minClearanceMm() >= 2.0 - 1e-9, "clearance " + p.minClearanceMm());
    assertEquals(PlanJson.toJson(p), imp.getProp(ScanImage.PLAN_KEY), "the plan is kept on the image");
    assertEquals(p, ScanImage.requirePlan(imp));
  }

  @Test
  void theOverlayDrawsTheTrajectoryFromEntryToTargetAndTheBolus() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan p = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    Line path = (Line) only(imp, PlanOverlay.PLAN + "trajectory");
    assertEquals(p.entry().xPx(), path.x1d, 1e-6);
    assertEquals(p.entry().yPx(), path.y1d, 1e-6);
    assertEquals(p.target().xPx(), path.x2d, 1e-6);
    assertEquals(p.target().yPx(), path.y2d, 1e-6);
    assertEquals(PlanOverlay.TRAJECTORY, path.getStrokeColor());
    Roi bolus = only(imp, PlanOverlay.PLAN + "bolus");
    assertEquals(2 * p.deposition().bolusRadiusMm() / 0.09, bolus.getFloatWidth(), 1e-3);
    assertNotNull(only(imp, PlanOverlay.PLAN + "capsule"));
    assertNotNull(only(imp, PlanOverlay.PLAN + "structure: lateral superior genicular artery"));
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    assertEquals(1, PlanOverlay.named(imp, PlanOverlay.PLAN + "trajectory").size(), "a new plan replaces the old");
  }

  @Test
  void aMovedLineIsReplannedFromTheUsersPoints() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan first = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    Line moved = new Line(first.entry().xPx() + 20, first.entry().yPx(), first.target().xPx() - 15,
        first.target().yPx() + 4);
    PixelPoint[] te = PlanTrajectory.userPoints(moved);
    Plan second = PlanTrajectory.plan(imp, PlanChoices.of("knee"), te[0], te[1]);
    assertEquals(new PixelPoint(first.target().xPx() - 15, first.target().yPx() + 4), second.target());
    assertEquals(new PixelPoint(first.entry().xPx() + 20, first.entry().yPx()), second.entry());
    Line path = (Line) only(imp, PlanOverlay.PLAN + "trajectory");
    assertEquals(second.entry().xPx(), path.x1d, 1e-6);
  }

  @Test
  void aPointSelectionIsTheTarget() {
    PixelPoint[] te = PlanTrajectory.userPoints(new PointRoi(300.5, 190.5));
    assertEquals(new PixelPoint(300.5, 190.5), te[0]);
    assertEquals(null, te[1]);
  }

  @Test
  void theResultsTableHasEveryFigureWithItsUnitAndTheCalibrationSource() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan p = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    ResultsTable rt = PlanTable.of(imp, p);
    assertEquals(p.angleDeg(), rt.getValue("Angle (deg)", 0), 1e-9);
    assertEquals(p.depthMm(), rt.getValue("Depth (mm)", 0), 1e-9);
    assertEquals(p.pathLengthMm(), rt.getValue("Path length (mm)", 0), 1e-9);
    assertEquals(p.minClearanceMm(), rt.getValue("Clearance (mm)", 0), 1e-9);
    assertEquals(p.deposition().volumeMl(), rt.getValue("Volume (mL)", 0), 1e-9);
    assertEquals(p.deposition().fractionInCapsule(), rt.getValue("Fraction in capsule", 0), 1e-9);
    assertEquals(50, rt.getValue("Cells (millions)", 0), 1e-9, "50,000,000 cells read as 50 million");
    assertEquals(p.needle().gauge() + "G " + Math.round(p.needle().lengthMm()) + " mm", rt.getStringValue("Needle", 0));
    assertEquals(p.angleReference(), rt.getStringValue("Angle to", 0));
    assertEquals(p.dose().toCapsule() / 1e6, rt.getValue("Cells to capsule (millions)", 0), 1e-9);
    assertEquals(p.warnings().size() + " (listed in \"" + Tables.WARNINGS + "\")", rt.getStringValue("Warnings", 0));
    assertEquals("ultrasound region (0018,6011), 0.0900 x 0.0900 mm/pixel", rt.getStringValue("Calibration", 0));
    assertEquals(p.frame() + 1, rt.getValue("Frame", 0), 0, "frames numbered from 1, as ImageJ's slices");
    assertEquals("clear", rt.getStringValue("Path", 0));
  }

  @Test
  void theRecordedMacroReplaysTheSamePlan() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    SegmentCapsule.segment(imp, java.util.Optional.empty(), org.injectplan.segment.ProgressListener.NONE);
    Plan direct = PlanTrajectory.plan(imp, new PlanChoices("knee", 3.0, 2e7, 25.0, 2.0,
        org.injectplan.planning.Side.EITHER), null, null);
    ImagePlus replayed = HeadlessImageJ.runAndKeepImage(String.join("\n",
        "run(\"Open Sample...\", \"sample=knee-us\");",
        "run(\"Segment Capsule\");",
        "run(\"Plan Trajectory...\", \"joint=knee volume=3 cells=20000000 maximum=25 clearance=2 side=either find\");"));
    Plan fromMacro = ScanImage.requirePlan(replayed);
    ScanReference same = direct.scan();
    assertEquals(direct, fromMacro.withScan(same), "the same plan but for the sample's temporary file name");
    assertEquals(direct.depthMm(), ResultsTable.getResultsTable().getValue("Depth (mm)", 0), 1e-9);
  }

  @Test
  void theRecordedMacroWithALineKeepsTheUsersEntryAndTarget() throws Exception {
    ImagePlus replayed = HeadlessImageJ.runAndKeepImage(String.join("\n",
        "run(\"Open Sample...\", \"sample=knee-us\");",
        "makeLine(80, 40, 360, 185);",
        "run(\"Plan Trajectory...\", \"joint=knee volume=0 cells=50000000 maximum=0 clearance=2 side=either\");"));
    Plan p = ScanImage.requirePlan(replayed);
    assertEquals(new PixelPoint(80, 40), p.entry());
    assertEquals(new PixelPoint(360, 185), p.target());
  }

  @Test
  void foundStructuresMakeTheCommandLinesPlanOnAScanOpenedWithoutItsTruth() throws Exception {
    for (String[] c : new String[][] {{"knee-us", "knee", "0"}, {"hip-cine", "hip", "5"}}) {
      Path dicom = SampleFiles.extract(c[0]);
      ImagePlus imp = OpenScan.open(dicom);
      int frame = Integer.parseInt(c[2]);
      imp.setSlice(frame + 1);
      Plan plugin = PlanTrajectory.plan(imp, PlanChoices.of(c[1]), null, null);
      Plan cli = CommandLinePlan.planned(dicom, "--joint", c[1], "--frame", c[2]);
      CommandLinePlan.assertSameFigures(cli, plugin);
      List<String> found = plugin.avoidStructures().stream().map(Structure::name)
          .filter(n -> n.endsWith("(" + StructureFinder.FOUND_MARK + ")")).toList();
      assertFalse(found.isEmpty(), c[0] + ": something was found in the image: " + plugin.avoidStructures());
      for (String name : found) {
        assertEquals(1, PlanOverlay.named(imp, PlanOverlay.PLAN + "structure: " + name).size(), "drawn: " + name);
        assertTrue(plugin.warnings().stream().anyMatch(w -> w.startsWith(name)), "a warning names " + name);
      }
    }
  }

  @Test
  void withoutFindingOnlyTheGivenStructuresAsWithNoFind() throws Exception {
    Path dicom = SampleFiles.extract("knee-us");
    Plan plugin = PlanTrajectory.plan(OpenScan.open(dicom), PlanChoices.of("knee").withFind(false), null, null);
    assertTrue(plugin.avoidStructures().isEmpty(), "nothing given, nothing found: " + plugin.avoidStructures());
    CommandLinePlan.assertSameFigures(CommandLinePlan.planned(dicom, "--joint", "knee", "--no-find"), plugin);
  }

  @Test
  void theSamplesStructuresAndTheFoundOnesMergeAsOnTheCommandLine() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Path dicom = ScanImage.scanFile(imp);
    Plan plugin = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    Path masks = dicom.resolveSibling("masks");
    String avoidName = PlanJson.read(dicom.resolveSibling("knee-us.plan.json")).avoid();
    Plan cli = CommandLinePlan.planned(dicom, "--joint", "knee", "--avoid", masks.resolve("avoid-f00.png").toString(),
        "--avoid-name", avoidName, "--bone", masks.resolve("bone-f00.png").toString());
    CommandLinePlan.assertSameFigures(cli, plugin);
    assertTrue(plugin.avoidStructures().stream().anyMatch(s -> s.name().equals(avoidName)), "the given structure");
  }

  @Test
  void theRecordedFindKeyTurnsFindingOnAndItsAbsenceOff() throws Exception {
    Path dicom = SampleFiles.extract("knee-us");
    String open = "run(\"Open Scan...\", \"open=[" + dicom + "]\");";
    String plan = "run(\"Plan Trajectory...\", \"joint=knee volume=0 cells=50000000 maximum=0 clearance=2 side=either";
    Plan on = ScanImage.requirePlan(HeadlessImageJ.runAndKeepImage(open + "\n" + plan + " find\");"));
    CommandLinePlan.assertSameFigures(CommandLinePlan.planned(dicom, "--joint", "knee"), on);
    Plan off = ScanImage.requirePlan(HeadlessImageJ.runAndKeepImage(open + "\n" + plan + "\");"));
    CommandLinePlan.assertSameFigures(CommandLinePlan.planned(dicom, "--joint", "knee", "--no-find"), off);
  }

  private static Roi only(ImagePlus imp, String name) {
    List<Roi> rois = PlanOverlay.named(imp, name).stream().filter(r -> name.equals(r.getName())).toList();
    assertEquals(1, rois.size(), name);
    return rois.get(0);
  }
}
