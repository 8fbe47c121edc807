package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.nio.file.Path;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.junit.jupiter.api.Test;

/**
 * Plan Trajectory on the fluoroscopy samples (one view, down the beam), compared with the command
 * line's {@code plan} on the same file and target; the targets are read from the samples'
 * reference plans at run time.
 */
class FluoroTrajectoryTest {
  private static final String[] SAMPLES = {"facet-oblique-xa", "hip-ap-xa"};

  @Test
  void refusesATargetOutsideTheFrame() throws Exception {
    ImagePlus imp = OpenScan.open(SampleFiles.extract("facet-oblique-xa"));
    assertThrows(IllegalArgumentException.class,
        () -> PlanTrajectory.plan(imp, PlanChoices.of("facet"), new PixelPoint(-5, 10), null));
  }

  @Test
  void aPointOnTheTargetPlansAsTheCommandLineWithTheSamplesStructures() throws Exception {
    for (String id : SAMPLES) {
      ImagePlus imp = OpenSample.open(id);
      Path dicom = ScanImage.scanFile(imp);
      Plan reference = reference(dicom, id);
      Plan plugin = PlanTrajectory.plan(imp, PlanChoices.of(reference.joint()), reference.target(), null);
      Plan cli = CommandLinePlan.planned(dicom, "--joint", reference.joint(), "--target", xy(reference.target()),
          "--avoid", dicom.resolveSibling("masks").resolve("avoid-f00.png").toString(), "--avoid-name",
          reference.avoid());
      CommandLinePlan.assertSameFigures(cli, plugin);
      assertEquals(reference.target(), plugin.target(), id + ": the point is the target");
      assertEquals(plugin.target(), plugin.entry(), id + ": the entry is down the beam");
      assertEquals(reference.avoid(), plugin.avoid(), id + ": the sample's structure was checked");
      assertFalse(plugin.depthKnown(), id);
      assertNull(plugin.depthMm(), id);
      assertTrue(plugin.warnings().stream().anyMatch(w -> w.startsWith("single view: depth unknown")),
          id + ": " + plugin.warnings());
      ResultsTable rt = PlanTable.of(imp, plugin);
      assertEquals("unknown (single view)", rt.getStringValue("Depth (mm)", 0), id);
      // the report's text for the path down the beam (PlanFigure), no longer the depth's
      assertEquals("unknown (down the beam: the depth)", rt.getStringValue("Path length (mm)", 0), id);
      assertEquals(plugin.warnings().size() + " (listed in \"" + Tables.WARNINGS + "\")",
          rt.getStringValue("Warnings", 0), id);
      assertEquals(plugin.angleReference(), rt.getStringValue("Angle to", 0), id);
      assertEquals(1, PlanOverlay.named(imp, PlanOverlay.PLAN + "target").size(), id + ": the target is drawn");
      assertEquals(plugin, ScanImage.requirePlan(imp), id + ": the plan is kept on the image");
    }
  }

  @Test
  void withoutAPointTheJointSpaceDetectorsTargetAsOnTheCommandLine() throws Exception {
    for (String id : SAMPLES) {
      Path dicom = SampleFiles.extract(id);
      ImagePlus imp = OpenScan.open(dicom);
      String joint = reference(dicom, id).joint();
      CommandLinePlan.Run cli = CommandLinePlan.plan(dicom, "--joint", joint);
      if (cli.status() == 0) {
        CommandLinePlan.assertSameFigures(cli.plan(), PlanTrajectory.plan(imp, PlanChoices.of(joint), null, null));
      } else {
        // The detector finds no joint space here (yet): both refuse, saying so.
        assertEquals(2, cli.status(), id + ": " + cli.err());
        assertTrue(cli.err().contains("no joint space found"), cli.err());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PlanTrajectory.plan(imp, PlanChoices.of(joint), null, null));
        assertTrue(e.getMessage().contains("no joint space found"), e.getMessage());
      }
    }
  }

  @Test
  void aJointSpaceFromSegmentCapsuleIsTheOneTheCommandLineFinds() throws Exception {
    Path dicom = SampleFiles.extract("facet-oblique-xa");
    ImagePlus imp = OpenScan.open(dicom);
    Plan reference = reference(dicom, "facet-oblique-xa");
    boolean found = SegmentCapsule.segment(imp, java.util.Optional.of(new double[] {reference.target().xPx(),
        reference.target().yPx()}), org.injectplan.segment.ProgressListener.NONE).get(0).isFound();
    Plan plugin = PlanTrajectory.plan(imp, PlanChoices.of("facet"), reference.target(), null);
    CommandLinePlan.assertSameFigures(CommandLinePlan.planned(dicom, "--joint", "facet", "--target",
        xy(reference.target())), plugin);
    assertEquals(found, plugin.capsule() != null, "the joint space drawn is the plan's");
  }

  @Test
  void theRecordedMacroWithAPointPlansAsTheCommandLine() throws Exception {
    for (String id : SAMPLES) {
      Path dicom = SampleFiles.extract(id);
      Plan reference = reference(dicom, id);
      long x = Math.round(reference.target().xPx());
      long y = Math.round(reference.target().yPx());
      Plan fromMacro = ScanImage.requirePlan(HeadlessImageJ.runAndKeepImage(String.join("\n",
          "run(\"Open Scan...\", \"open=[" + dicom + "]\");",
          "makePoint(" + x + ", " + y + ");",
          "run(\"Plan Trajectory...\", \"joint=" + reference.joint()
              + " volume=0 cells=50000000 maximum=0 clearance=2 side=either\");")));
      assertEquals(new PixelPoint(x, y), fromMacro.target(), id);
      CommandLinePlan.assertSameFigures(CommandLinePlan.planned(dicom, "--joint", reference.joint(), "--target",
          x + "," + y), fromMacro);
      assertEquals("unknown (single view)", ResultsTable.getResultsTable().getStringValue("Depth (mm)", 0), id);
    }
  }

  private static Plan reference(Path dicom, String id) throws Exception {
    return PlanJson.read(dicom.resolveSibling(id + ".plan.json"));
  }

  private static String xy(PixelPoint p) {
    return p.xPx() + "," + p.yPx();
  }
}
