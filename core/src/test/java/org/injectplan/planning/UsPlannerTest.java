package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.ScanReference;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

/** The planner on synthetic scenes with a uniform calibration (no ultrasound region: the frame is the image). */
class UsPlannerTest {
  private static final ScanReference SCAN = new ScanReference("scene.dcm", "1.2.3", "1.2.4");
  private static final Calibration CAL = Calibration.uniform(CalibrationSource.MANUAL, 0.1, 0.1, "test");
  private static final UsPlanner PLANNER = new UsPlanner(NeedleCatalogue.standard());
  private static final Mask CAPSULE = Scenes.disc(400, 300, 200.5, 120.5, 25);

  private static UsRequest request(PixelPoint target, PixelPoint entry, Mask vessel) {
    return new UsRequest(JointPreset.KNEE, PlanParams.of(JointPreset.KNEE), CAPSULE,
        vessel == null ? Map.of() : Map.of("artery", vessel), null, target, entry, Side.EITHER, null, 5e7, 0.9);
  }

  @Test
  void aSteepGivenEntryIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PLANNER.plan(SCAN, 0, CAL, request(null, new PixelPoint(195, 0), null)));
    Mask wall = Scenes.box(400, 300, 0, 100, 399, 140);
    assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(SCAN, 0, CAL, request(null, null, wall)),
        "no path to a target inside a structure");
  }

  @Test
  void aRefusalNamesTheStructureThatBlocksEveryPath() {
    // A wall across the whole width above the capsule blocks every path; a small vessel aside does not.
    Mask wall = Scenes.box(400, 300, 0, 60, 399, 80);
    UsRequest req = new UsRequest(JointPreset.KNEE, PlanParams.of(JointPreset.KNEE), CAPSULE,
        Map.of("wall", wall, "side vessel", Scenes.disc(400, 300, 30, 200, 8)), null, null, null, Side.EITHER, null,
        5e7, 0.9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(SCAN, 0, CAL, req));
    assertTrue(e.getMessage().startsWith("no in-plane path at <= "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": blocked by wall"), e.getMessage());
    // Too deep for any needle at this scale: no structure is to blame, and none is named.
    Calibration coarse = Calibration.uniform(CalibrationSource.MANUAL, 1.0, 1.0, "test");
    UsRequest deep = new UsRequest(JointPreset.KNEE, PlanParams.of(JointPreset.KNEE), Scenes.disc(400, 300, 200.5,
        250.5, 10), Map.of("wall", wall), null, null, null, Side.EITHER, null, 5e7, 0.9);
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
        () -> PLANNER.plan(SCAN, 0, coarse, deep));
    assertTrue(d.getMessage().startsWith("no in-plane path at <= 30.0 deg is short enough for a 22 G needle, even"
        + " without structures: the shortest is "), d.getMessage());
    assertTrue(d.getMessage().endsWith("at 1.000 x 1.000 mm per pixel"), d.getMessage());
    assertFalse(d.getMessage().contains("wall"), "the wall is not to blame: " + d.getMessage());
  }

  @Test
  void plannedFromTheMaskAlone() {
    PlanningResult r = PLANNER.plan(SCAN, 0, CAL, request(null, null, Scenes.disc(400, 300, 120, 40, 10)));
    Plan p = r.plan();
    assertEquals(200.5, p.target().xPx(), 1e-9);
    assertEquals(120.5, p.target().yPx(), 1e-9);
    assertEquals(0, p.entry().yPx(), 0, "entry on the skin line");
    assertEquals(12.05, p.depthMm(), 1e-9);
    assertEquals(30, p.angleDeg(), 1e-6, "shortest path: the largest allowed angle");
    assertTrue(p.minClearanceMm() >= 2);
    assertEquals("artery", p.avoid());
    assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith("overfill")), p.warnings().toString());
  }

  @Test
  void givenTargetAndEntryAreKeptAndChecked() {
    Mask vessel = Scenes.disc(400, 300, 100, 60, 12);
    PixelPoint entry = new PixelPoint(20, 0);
    PixelPoint target = new PixelPoint(300, 200);
    PlanningResult r = PLANNER.plan(SCAN, 0, CAL, request(target, entry, vessel));
    assertEquals(entry, r.plan().entry());
    assertEquals(target, r.plan().target());
    List<String> w = r.plan().warnings();
    assertTrue(w.contains("target outside the capsule"), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.startsWith("path through or too near the artery")), w.toString());
  }

  @Test
  void uncalibratedPlansHaveNoMillimetres() {
    Calibration none = Calibration.none("test", List.of());
    Plan p = PLANNER.plan(SCAN, 0, none, request(null, null, null)).plan();
    assertNull(p.depthMm());
    assertNull(p.pathLengthMm());
    assertTrue(p.warnings().get(0).startsWith("uncalibrated image"), p.warnings().toString());
  }

  @Test
  void aLongRecessGivesSeveralDepositionPointsAndThePlanCarriesDeadSpaceDoseAndTheIvRange() {
    // 60 x 4 mm recess, 0.5 mL: bolus radius 4.9 mm, long axis 60 mm > 2 diameters: min(3, floor(60 / 9.8)) = 3.
    Mask recess = Scenes.ellipse(1000, 300, 500, 150, 300, 20);
    UsRequest req = new UsRequest(JointPreset.KNEE, PlanParams.of(JointPreset.KNEE), recess, Map.of(), null, null,
        null, Side.EITHER, 0.5, 4e7, 0.8);
    PlanningResult r = PLANNER.plan(SCAN, 0, CAL, req);
    var dep = r.plan().deposition();
    assertEquals(3, dep.points().size());
    for (var p : dep.points()) {
      assertTrue(recess.contains(p.xPx(), p.yPx()), "point in the recess: " + p);
      assertEquals(p.xPx() * 0.1, p.xMm(), 1e-9);
      assertEquals(p.yPx() * 0.1, p.yMm(), 1e-9);
      assertEquals(0.5 / 3, p.volumeMl(), 1e-12);
    }
    assertEquals(r.needle().hubDeadSpaceMl(), dep.deadSpaceMl(), 0);
    assertEquals(0.5 - r.needle().hubDeadSpaceMl(), dep.deliveredMl(), 1e-12);
    var dose = r.plan().dose();
    assertEquals(0.8, dose.viability(), 0);
    assertEquals(4e7 * 0.8 * dep.deliveredMl() / 0.5, dose.viableDelivered(), 1);
    assertEquals(4e7 * 0.8 * dep.deadSpaceMl() / 0.5, dose.lostInDeadSpace(), 1);
    assertEquals(dose.viableDelivered() * dep.fractionInCapsule(), dose.toCapsule(), 1);
    assertEquals(4e7 * 0.8 * 0.015, dose.intravenous().cellsPastLungsLow(), 1);
    assertEquals(4e7 * 0.8 * 0.037, dose.intravenous().cellsPastLungsHigh(), 1);
    assertTrue(dose.intravenous().label().contains("not a measurement"));
    assertEquals(ClinicalFigures.IV_FIRST_PASS_SOURCE, dose.intravenous().source());
    assertTrue(r.plan().warnings().stream().anyMatch(w -> w.contains("3 deposition points")), r.plan().warnings()
        .toString());
  }
}
