package org.injectplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void validPlansAreMadeAndWithScanKeepsTheRest() {
    Plan p = plan(MM, 10.0, 6.2);
    Plan q = p.withScan(new ScanReference("b.dcm", "9.9", "9"));
    assertEquals("b.dcm", q.scan().file());
    assertEquals(p, q.withScan(SCAN));
    assertEquals(50, plan(NONE, null, null).entry().distancePx(new PixelPoint(10, 50)), 1e-12);
  }
}
