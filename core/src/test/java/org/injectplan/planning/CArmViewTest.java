package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class CArmViewTest {
  @Test
  void impossibleGeometryIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CArmView(0, 0, 700, 800, 0.3, 512, 512));
    assertThrows(IllegalArgumentException.class, () -> new CArmView(0, 0, 1000, 0, 0.3, 512, 512));
    assertThrows(IllegalArgumentException.class, () -> new CArmView(0, 0, 1000, 750, 0, 512, 512));
  }

  @Test
  void apBeamRunsPosteriorToAnteriorAndTheIsocentreProjectsToTheCentre() {
    CArmView ap = new CArmView(0, 0, 1000, 750, 0.3, 512, 512);
    assertEquals(0, ap.beam().distance(new Vector3D(0, -1, 0)), 1e-12);
    double[] c = ap.project(Vector3D.ZERO);
    assertEquals(256, c[0], 1e-9);
    assertEquals(256, c[1], 1e-9);
    // Magnification at the isocentre: 1 mm there spans SID / SOD mm on the detector.
    double[] x = ap.project(new Vector3D(1, 0, 0));
    assertEquals(1000.0 / 750 / 0.3, x[0] - 256, 1e-9);
  }

  @Test
  void projectionInvertsTheRay() {
    Random rnd = new Random(42L);
    for (int i = 0; i < 200; i++) {
      CArmView v = new CArmView(-90 + 180 * rnd.nextDouble(), -30 + 60 * rnd.nextDouble(), 1000, 700, 0.2, 600, 500);
      double px = 600 * rnd.nextDouble();
      double py = 500 * rnd.nextDouble();
      Vector3D p = v.source().add(v.ray(px, py).scalarMultiply(400 + 500 * rnd.nextDouble()));
      double[] back = v.project(p);
      assertEquals(px, back[0], 1e-6);
      assertEquals(py, back[1], 1e-6);
    }
  }
}
