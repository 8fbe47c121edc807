package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class FluoroPlannerTest {
  private static final Calibration AT_DETECTOR = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.3, 0.3,
      "test");
  private static final Mask JOINT = Scenes.disc(512, 512, 200.5, 300.5, 8);
  private static final Mask NERVE = Scenes.disc(512, 512, 200.5, 340.5, 5);

  @Test
  void triangulationWithoutThisViewsGeometryIsRefused() {
    CArmView lat = new CArmView(90, 0, 1000, 750, 0.3, 512, 512);
    assertThrows(IllegalArgumentException.class, () -> FluoroPlanner.plan(AT_DETECTOR, null, null, JOINT, "nerve",
        NERVE, new FluoroPlanner.SecondView(lat, new PixelPoint(256, 256)), null));
  }

  @Test
  void singleViewTargetsTheDeepestPointCoaxially() {
    FluoroPlan p = FluoroPlanner.plan(AT_DETECTOR, null, null, JOINT, "nerve", NERVE, null, null);
    assertEquals(new PixelPoint(200.5, 300.5), p.target());
    assertEquals(p.target(), p.entry());
    // Nearest nerve pixel centre: 40 px below minus the radius 5 (pixel centres at 35 px) = 35 px x 0.3 mm.
    assertEquals(35 * 0.3, p.clearanceMm(), 1e-9);
    assertTrue(p.warnings().get(0).startsWith("calibration only at the detector"), p.warnings().toString());
    assertTrue(p.depthAlongBeamMm().isEmpty());
  }

  @Test
  void biplaneDepthFromASkinPoint() {
    CArmView ap = new CArmView(0, 0, 1000, 750, 0.3, 512, 512);
    CArmView lat = new CArmView(90, 0, 1000, 750, 0.3, 512, 512);
    Vector3D t = new Vector3D(5, -10, 12);
    double[] a = ap.project(t);
    double[] b = lat.project(t);
    FluoroPlan p = FluoroPlanner.plan(AT_DETECTOR, ap, new PixelPoint(a[0], a[1]), JOINT, "nerve", NERVE,
        new FluoroPlanner.SecondView(lat, new PixelPoint(b[0], b[1])), new Vector3D(5, 45, 12));
    assertEquals(55, p.depthAlongBeamMm().orElseThrow(), 1e-6, "skin 55 mm posterior, beam posterior to anterior");
    assertEquals(0, p.triangulation().orElseThrow().rayGapMm(), 1e-6);
  }
}
