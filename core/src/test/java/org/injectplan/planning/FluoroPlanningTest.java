package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.ScanReference;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

/**
 * Down-the-beam plans in the plan contract on a synthetic AP + lateral pair (SID 1000, SOD 750,
 * 0.3 mm detector pixels, 512 x 512): the truth is the 3D target placed here and the skin 40 mm
 * up the AP beam from it.
 */
class FluoroPlanningTest {
  static final ScanReference AP = new ScanReference("ap.dcm", "1.1", "1");
  static final ScanReference LAT = new ScanReference("lat.dcm", "1.2", "1");
  static final CArmView AP_VIEW = new CArmView(0, 0, 1000, 750, 0.3, 512, 512);
  static final CArmView LAT_VIEW = new CArmView(90, 0, 1000, 750, 0.3, 512, 512);
  static final Calibration AT_DETECTOR = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.3, 0.3, "t");
  static final Vector3D TARGET = new Vector3D(-8, 3, 5);
  static final FluoroPlanning PLANNER = new FluoroPlanning(NeedleCatalogue.standard());

  static PixelPoint px(CArmView v, Vector3D p) {
    double[] q = v.project(p);
    return new PixelPoint(q[0], q[1]);
  }

  static FluoroRequest request(FluoroRequest.Second second) {
    PixelPoint t = px(AP_VIEW, TARGET);
    return new FluoroRequest(JointPreset.FACET, AP_VIEW, t, Scenes.disc(512, 512, t.xPx(), t.yPx(), 12),
        Map.of("nerve root", Scenes.disc(512, 512, t.xPx() + 30, t.yPx(), 5)), second, null, 5e7, 1);
  }

  @Test
  void badRequestsAreRefused() {
    PixelPoint t = new PixelPoint(100, 100);
    assertThrows(IllegalArgumentException.class, () -> new FluoroRequest(JointPreset.FACET, null, t, null, null,
        new FluoroRequest.Second(LAT, LAT_VIEW, t, null), null, 5e7, 1), "biplane without this view's geometry");
    assertThrows(IllegalArgumentException.class, () -> new FluoroRequest(JointPreset.FACET, AP_VIEW, null, null,
        null, null, null, 5e7, 1));
    assertThrows(IllegalArgumentException.class, () -> new FluoroRequest(JointPreset.FACET, AP_VIEW, t, null, null,
        null, null, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new FluoroRequest.Second(LAT, null, t, null));
    Vector3D beyond = TARGET.add(AP_VIEW.beam().scalarMultiply(20)); // "skin" past the target
    assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(AP, 0, AT_DETECTOR, request(
        new FluoroRequest.Second(LAT, LAT_VIEW, px(LAT_VIEW, TARGET), px(LAT_VIEW, beyond)))));
  }

  @Test
  void aSingleViewHasItsDepthUnknownAndSaysSo() {
    Plan p = PLANNER.plan(AP, 0, AT_DETECTOR, request(null)).plan();
    assertFalse(p.hasKnownDepth());
    assertNull(p.depthMm());
    assertNull(p.pathLengthMm());
    assertEquals(p.target(), p.entry());
    assertTrue(p.warnings().contains(FluoroPlanner.SINGLE_VIEW_WARNING));
    assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith("calibration only at the detector")));
    assertEquals("nerve root", p.avoid());
    assertEquals((30 - 5) * 0.3, p.minClearanceMm(), 0.3, "image-plane clearance to the disc's edge");
    assertEquals(90, p.needle().lengthMm(), 0, "the facet preset's needle");
    assertEquals(1, p.deposition().points().size());
    Plan none = PLANNER.plan(AP, 0, Calibration.none("test", List.of()), request(null)).plan();
    assertNull(none.minClearanceMm());
    assertNull(none.deposition().bolusRadiusMm());
  }

  @Test
  void aBiplanePairGivesThe3dTargetAndWithTheSkinTheDepth() {
    Vector3D skin = TARGET.subtract(AP_VIEW.beam().scalarMultiply(40));
    Plan p = PLANNER.plan(AP, 0, AT_DETECTOR, request(new FluoroRequest.Second(LAT, LAT_VIEW, px(LAT_VIEW, TARGET),
        px(LAT_VIEW, skin)))).plan();
    List<Double> t = p.triangulation().targetMm();
    assertEquals(0, new Vector3D(t.get(0), t.get(1), t.get(2)).distance(TARGET), 1e-6);
    assertEquals(0, p.triangulation().errorMm(), 1e-6);
    assertEquals(LAT, p.triangulation().otherView());
    assertTrue(p.hasKnownDepth());
    assertEquals(40, p.depthMm(), 0.1);
    assertEquals(p.depthMm(), p.pathLengthMm(), 0);
    assertEquals(90, p.needle().lengthMm(), 0, "shortest 22G at least 15 mm longer than 40 mm is 90 mm");
    Plan noSkin = PLANNER.plan(AP, 0, AT_DETECTOR, request(new FluoroRequest.Second(LAT, LAT_VIEW,
        px(LAT_VIEW, TARGET), null))).plan();
    assertFalse(noSkin.hasKnownDepth());
    assertTrue(noSkin.triangulation() != null);
  }

  @Test
  void theSkinNoteSaysWhereTheSkinCameFromOrWhyThereIsNone() {
    Vector3D skin = TARGET.subtract(AP_VIEW.beam().scalarMultiply(40));
    Plan found = PLANNER.plan(AP, 0, AT_DETECTOR, request(new FluoroRequest.Second(LAT, LAT_VIEW,
        px(LAT_VIEW, TARGET), px(LAT_VIEW, skin), "the skin found in the second view at (1, 2) px"))).plan();
    assertTrue(found.hasKnownDepth());
    assertTrue(found.warnings().contains("depth along the beam from the skin found in the second view at (1, 2) px"),
        found.warnings().toString());
    Plan none = PLANNER.plan(AP, 0, AT_DETECTOR, request(new FluoroRequest.Second(LAT, LAT_VIEW,
        px(LAT_VIEW, TARGET), null, "no skin found in the second view (no air)"))).plan();
    assertFalse(none.hasKnownDepth());
    assertEquals(List.of("depth along the beam unknown: no skin found in the second view (no air)"),
        none.warnings().stream().filter(w -> w.startsWith("depth along the beam")).toList());
    // A skin found on an uncalibrated frame: the depth is unknown for that reason, not the skin's.
    Plan uncal = PLANNER.plan(AP, 0, Calibration.none("test", List.of()), request(new FluoroRequest.Second(LAT,
        LAT_VIEW, px(LAT_VIEW, TARGET), px(LAT_VIEW, skin), "the skin found in the second view at (1, 2) px"))).plan();
    assertFalse(uncal.hasKnownDepth());
    assertTrue(uncal.warnings().stream().noneMatch(w -> w.contains("skin found")), uncal.warnings().toString());
  }
}
