package org.injectplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class PlanTest {
  static final ScanReference SCAN = new ScanReference("a.dcm", "1.2.3.4", "1.2.3");
  static final PlanCalibration MM = new PlanCalibration(0.2, 0.2, CalibrationSource.PIXEL_SPACING, List.of());
  static final PlanCalibration NONE = new PlanCalibration(null, null, CalibrationSource.NONE, List.of());

  static Plan plan(PlanCalibration cal, Double depthMm, Double bolusMm) {
    return new Plan(SCAN, 0, cal, new PixelPoint(10, 50), new PixelPoint(10, 0), null, "in-plane", 30, null,
        depthMm, depthMm, depthMm, null, new Needle(22, 90), new Deposition(1, bolusMm, 0.5, null), null,
        List.of(), null, List.of(), PlanJson.VERSION);
  }

  @Test
  void refusesMillimetresOnAnUncalibratedScan() {
    var e = assertThrows(IllegalArgumentException.class, () -> plan(NONE, 10.0, null));
    assertTrue(e.getMessage().contains("depthMm is given in millimetres for an uncalibrated scan"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> plan(NONE, null, 6.2));
  }

  @Test
  void refusesMissingMillimetresOnACalibratedScan() {
    var e = assertThrows(IllegalArgumentException.class, () -> plan(MM, null, null));
    assertTrue(e.getMessage().contains("depthMm is missing"), e.getMessage());
  }

  @Test
  void refusesBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new Needle(5, 90));
    assertThrows(IllegalArgumentException.class, () -> new Needle(22, 0));
    assertThrows(IllegalArgumentException.class, () -> new Deposition(0, null, 0.5, null));
    assertThrows(IllegalArgumentException.class, () -> new Deposition(1, null, -0.1, null));
    assertThrows(IllegalArgumentException.class, () -> new PixelPoint(Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> new ScanReference("", "1", "2"));
    assertThrows(IllegalArgumentException.class, () -> new Dose(-1, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Structure("c", List.of(new PixelPoint(0, 0))));
    assertThrows(IllegalArgumentException.class,
        () -> new PlanCalibration(null, 0.2, CalibrationSource.PIXEL_SPACING, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new PlanCalibration(0.2, 0.2, CalibrationSource.NONE, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new PlanCalibration(0.2, 0.2, CalibrationSource.US_REGION, List.of(1, 2)));
  }

  static Plan fluoro(PlanCalibration cal, Double depthMm, Boolean depthKnown, Triangulated tri) {
    PixelPoint t = new PixelPoint(100, 120);
    return new Plan(SCAN, 0, cal, t, t, "facet", "coaxial", 0, "beam (coaxial)", depthMm, depthMm, null, null,
        new Needle(22, 90), new Deposition(1, null, 0, null), null, List.of(), null, List.of(), PlanJson.VERSION,
        depthKnown, tri);
  }

  @Test
  void refusesADepthMarkedUnknownAndNewKeysOutOfRange() {
    var e = assertThrows(IllegalArgumentException.class, () -> fluoro(MM, 40.0, false, null));
    assertTrue(e.getMessage().contains("must be null when depthKnown is false"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> fluoro(MM, null, true, null));
    assertThrows(IllegalArgumentException.class, () -> new Triangulated(SCAN, new PixelPoint(1, 1), List.of(1.0, 2.0),
        0.1, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new Triangulated(SCAN, new PixelPoint(1, 1),
        List.of(1.0, 2.0, 3.0), -0.1, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new DepositionPoint(1, 1, 0.2, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new DepositionPoint(1, 1, null, null, 0));
    assertThrows(IllegalArgumentException.class, () -> new Deposition(1, 6.2, 0.5, null, List.of(), 1.5, null));
    assertThrows(IllegalArgumentException.class, () -> new Dose(1e6, null, null, 1.5, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Dose(1e6, null, null, 1.0, 1e6, 0.0, 2e6, null));
    assertThrows(IllegalArgumentException.class, () -> new IntravenousRange(0.04, 0.02, 1, 2, "q", "s"));
    assertThrows(IllegalArgumentException.class, () -> new IntravenousRange(0.01, 0.02, 1, 2, "", "s"));
  }

  @Test
  void aSingleViewPlanHasNoDepthAndABiplanePlanKeepsItsTriangulation() {
    Plan single = fluoro(MM, null, false, null);
    assertFalse(single.hasKnownDepth());
    Triangulated tri = new Triangulated(new ScanReference("lat.dcm", "5.6", "1.2.3"), new PixelPoint(3, 4),
        List.of(1.0, 2.0, 3.0), 0.2, 0.5);
    Plan biplane = fluoro(MM, 45.0, true, tri);
    assertTrue(biplane.hasKnownDepth());
    assertEquals(tri, biplane.withScan(new ScanReference("b.dcm", "9.9", "9")).triangulation());
    assertTrue(plan(MM, 10.0, 6.2).hasKnownDepth(), "plans without the key have a known depth");
  }

  @Test
  void validPlansAreMadeAndWithScanKeepsTheRest() {
    Plan p = plan(MM, 10.0, 6.2);
    Plan q = p.withScan(new ScanReference("b.dcm", "9.9", "9"));
    assertEquals("b.dcm", q.scan().file());
    assertEquals(p, q.withScan(SCAN));
    assertEquals(50, plan(NONE, null, null).entry().distancePx(new PixelPoint(10, 50)), 1e-12);
  }
}
