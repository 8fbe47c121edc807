package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.injectplan.plan.Plan;
import org.injectplan.plan.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * The figure declarations, and the report reading them: each key is a key of the plan JSON, each
 * heading carries its unit, a missing figure says why, and the report's key figures are the
 * declared names, values and bases.
 */
class PlanFigureTest {
  @Test
  void everyFigureIsDeclaredOnceWithAKeyOfThePlanJsonAndItsUnitInTheHeading() throws Exception {
    assertEquals(PlanFigure.values().length, Arrays.stream(PlanFigure.values()).map(PlanFigure::key).distinct()
        .count(), "keys");
    assertEquals(PlanFigure.values().length, Arrays.stream(PlanFigure.values()).map(PlanFigure::label).distinct()
        .count(), "labels");
    String schema = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/plan.schema.json"));
    for (PlanFigure f : PlanFigure.values()) {
      assertTrue(schema.contains("\"" + f.key() + "\""), f + ": " + f.key() + " is not a key of the plan JSON schema");
    }
    assertEquals("Depth (mm)", PlanFigure.DEPTH.heading());
    assertEquals("Angle (deg)", PlanFigure.ANGLE.heading());
    assertEquals("Volume (mL)", PlanFigure.VOLUME.heading());
    assertEquals("Fraction in capsule", PlanFigure.FRACTION_IN_CAPSULE.heading());
    assertEquals("23.4 mm", PlanFigure.DEPTH.format(23.44));
    assertEquals("1.25 mL", PlanFigure.VOLUME.format(1.2549));
  }

  @Test
  void aCalibratedUltrasoundPlanHasItsMillimetresAndTheReportShowsTheDeclaredFigures() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    assertEquals(plan.depthMm(), PlanFigure.DEPTH.of(plan));
    assertEquals(plan.deposition().volumeMl(), PlanFigure.VOLUME.of(plan));
    Map<String, KeyFigure> report = KeyFiguresTest.byLabel(KeyFigures.of(plan));
    for (PlanFigure f : Set.of(PlanFigure.DEPTH, PlanFigure.PATH_LENGTH, PlanFigure.VOLUME, PlanFigure.BOLUS_RADIUS,
        PlanFigure.CLEARANCE)) {
      assertEquals(f.text(plan), report.get(f.label()).value(), f.toString());
      assertEquals(f.basis(plan), report.get(f.label()).basis(), f.toString());
    }
  }

  @Test
  void aSingleFluoroscopyViewHasNoDepthAndSaysWhy() throws Exception {
    Plan plan = TestPlans.fluoro(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), ReportPdfTest.AT_DETECTOR, false);
    assertNull(PlanFigure.DEPTH.of(plan));
    assertEquals("unknown (single view)", PlanFigure.DEPTH.text(plan));
    assertEquals("unknown (down the beam: the depth)", PlanFigure.PATH_LENGTH.text(plan));
    assertEquals(PlanFigure.UNKNOWN_DEPTH_BASIS, PlanFigure.DEPTH.basis(plan));
    Map<String, String> report = KeyFigures.of(plan).stream().collect(Collectors.toMap(KeyFigure::label,
        KeyFigure::value));
    assertEquals("unknown (single view)", report.get("Target depth"));
    assertEquals("unknown (down the beam: the depth)", report.get("Path length"));
    Plan biplane = TestPlans.fluoro(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), ReportPdfTest.AT_DETECTOR, true);
    assertEquals("48.5 mm", PlanFigure.DEPTH.text(biplane));
  }

  @Test
  void anUncalibratedPlanMeasuresNoClearance() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.XA_UNCALIBRATED));
    assertEquals(new PlanFigure.Absent("not measured", "no calibration"), PlanFigure.CLEARANCE.absent(plan));
    assertEquals("not measured (no calibration)", KeyFiguresTest.byLabel(KeyFigures.of(plan)).get("Minimum clearance")
        .value());
    assertEquals("n/a (uncalibrated)", PlanFigure.DEPTH.text(plan));
  }
}
