package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class TriangulationTest {
  private static final CArmView AP = new CArmView(0, 0, 1000, 750, 0.3, 512, 512);
  private static final CArmView LAT = new CArmView(90, 0, 1000, 750, 0.3, 512, 512);

  @Test
  void nearlyParallelViewsAreRefused() {
    CArmView close = new CArmView(3, 0, 1000, 750, 0.3, 512, 512);
    assertThrows(IllegalArgumentException.class,
        () -> Triangulation.of(AP, new double[] {256, 256}, close, new double[] {256, 256}));
  }

  @Test
  void exactProjectionsAreRecovered() {
    Random rnd = new Random(20240115L);
    for (int i = 0; i < 100; i++) {
      Vector3D p = new Vector3D(-60 + 120 * rnd.nextDouble(), -60 + 120 * rnd.nextDouble(), -60 + 120 * rnd.nextDouble());
      CArmView b = new CArmView(30 + 60 * rnd.nextDouble(), -20 + 40 * rnd.nextDouble(), 1000, 750, 0.3, 512, 512);
      Triangulation t = Triangulation.of(AP, AP.project(p), b, b.project(p));
      assertEquals(0, t.targetMm().distance(p), 1e-6);
      assertEquals(0, t.rayGapMm(), 1e-6);
      assertEquals(0, t.reprojectionErrorPx(), 1e-6);
    }
  }

  @Test
  void aMisplacedPixelShowsAsARayGap() {
    Vector3D p = new Vector3D(10, 20, -5);
    double[] lat = LAT.project(p);
    lat[1] += 4; // 4 px along the rows (head-feet), which the AP view also sees
    Triangulation t = Triangulation.of(AP, AP.project(p), LAT, lat);
    assertTrue(t.rayGapMm() > 0.5, "gap " + t.rayGapMm());
    assertTrue(t.reprojectionErrorPx() > 1, "reprojection " + t.reprojectionErrorPx());
  }

  @Test
  void depthAlongTheBeam() {
    Triangulation t = Triangulation.of(AP, AP.project(new Vector3D(0, 0, 0)), LAT, LAT.project(Vector3D.ZERO));
    assertEquals(50, t.depthAlongBeamMm(AP, new Vector3D(0, 50, 0)), 1e-6, "skin 50 mm posterior");
  }
}
