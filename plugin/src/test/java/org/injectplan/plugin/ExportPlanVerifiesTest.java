package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.verify.UnverifiedPlanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export Plan verifies the image's plan before it writes anything (issue 13.3). */
class ExportPlanVerifiesTest {
  @TempDir
  Path out;

  @Test
  void aPlanWhoseDepthDoesNotFollowFromItsGeometryIsNotExported() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan plan = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    String edited = PlanJson.toJson(plan).replaceFirst("\"depthMm\" : [0-9.Ee-]+", "\"depthMm\" : 99.0");
    ScanImage.setPlan(imp, PlanJson.parse(edited, Path.of("edited")));
    UnverifiedPlanException e = assertThrows(UnverifiedPlanException.class,
        () -> ExportPlan.export(imp, out, true, false));
    assertTrue(e.getMessage().contains("depthMm stated 99, derived "), e.getMessage());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(0, files.count(), "nothing written");
    }
  }

  @Test
  void thePlanPlanTrajectoryMadeIsExported() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    assertEquals(2, ExportPlan.export(imp, out, false, false).size());
  }
}
