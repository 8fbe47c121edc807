package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.injectplan.image.MaskMoments;
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

  /**
   * The spheroid of a rasterised ellipse's moments against the analytic 4/3 pi a^2 b (naive
   * reference), and the same volume whichever way the ellipse lies in the frame (a bounding box
   * model, pi/6 x width x depth x width, gives 24 % more at 45 degrees for this 3:1 ellipse).
   */
  @Test
  void spheroidOfTheMomentsIsTheEllipsesAndIgnoresItsOrientation() {
    double a = 15;
    double b = 5;
    double analyticMl = 4.0 / 3 * Math.PI * a * a * b / 1000;
    double flat = CapacityEstimate.spheroid(MaskMoments.of(400, 400, ellipse(400, a / 0.1, b / 0.1, 0), 0.1, 0.1))
        .volumeMl();
    assertEquals(analyticMl, flat, 0.005 * analyticMl);
    for (double deg : new double[] {30, 45, 71}) {
      MaskMoments m = MaskMoments.of(400, 400, ellipse(400, a / 0.1, b / 0.1, Math.toRadians(deg)), 0.1, 0.1);
      assertEquals(flat, CapacityEstimate.spheroid(m).volumeMl(), 0.005 * flat, deg + " degrees");
      assertEquals(Math.abs(Math.cos(Math.toRadians(deg))), Math.abs(m.axisX()), 0.01, "major axis at " + deg);
    }
    assertTrue(CapacityEstimate.spheroid(MaskMoments.of(1, 1, new boolean[] {true}, 0.5, 0.5)).volumeMl() > 0,
        "a single pixel has a size");
    assertThrows(IllegalArgumentException.class, () -> MaskMoments.of(2, 2, new boolean[4], 1, 1));
    assertThrows(IllegalArgumentException.class, () -> MaskMoments.of(2, 2, new boolean[3], 1, 1));
  }

  /** A filled ellipse of semi-axes {@code aPx}, {@code bPx} at {@code angle} in an n x n frame. */
  private static boolean[] ellipse(int n, double aPx, double bPx, double angle) {
    boolean[] in = new boolean[n * n];
    double c = n / 2.0;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        double dx = x + 0.5 - c;
        double dy = y + 0.5 - c;
        double u = dx * Math.cos(angle) + dy * Math.sin(angle);
        double v = -dx * Math.sin(angle) + dy * Math.cos(angle);
        in[y * n + x] = u * u / (aPx * aPx) + v * v / (bPx * bPx) <= 1;
      }
    }
    return in;
  }
}
