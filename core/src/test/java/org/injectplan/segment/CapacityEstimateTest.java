package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityEstimateTest {
  @Test
  void refusesBadExtents() {
    assertThrows(IllegalArgumentException.class, () -> CapacityEstimate.ellipsoid(0, 5, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> CapacityEstimate.ellipsoid(10, 5, -1));
    assertThrows(IllegalArgumentException.class, () -> CapacityEstimate.sweep(new double[] {1}, 0));
    assertThrows(IllegalArgumentException.class, () -> CapacityEstimate.sweep(new double[0], 1));
    assertThrows(IllegalArgumentException.class, () -> CapacityEstimate.sweep(new double[] {-1}, 1));
  }

  @Test
  void ellipsoidAndSweepAgreeOnASphere() {
    // A sphere of radius 10 mm: 4/3 pi r^3 = 4.18879 mL.
    CapacityEstimate e = CapacityEstimate.ellipsoid(20, 20, Double.NaN);
    assertEquals(4.18879, e.volumeMl(), 1e-5);
    assertTrue(e.model().contains("assumed"), e.model());
    double step = 0.1;
    double[] areas = new double[200];
    for (int i = 0; i < areas.length; i++) {
      double z = -10 + (i + 0.5) * step;
      areas[i] = Math.PI * (100 - z * z);
    }
    assertEquals(4.18879, CapacityEstimate.sweep(areas, step).volumeMl(), 0.001);
    assertEquals(Math.PI / 6 * 20 * 8 * 12 / 1000, CapacityEstimate.ellipsoid(20, 8, 12).volumeMl(), 1e-12);
  }
}
