package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.junit.jupiter.api.Test;

class DeepestPointTest {
  @Test
  void emptyOrFullMasksAreRefused() {
    PixelScale s = PixelScale.pixels();
    assertThrows(IllegalArgumentException.class, () -> DeepestPoint.of(Mask.empty(5, 5), s));
    assertThrows(IllegalArgumentException.class, () -> DeepestPoint.of(Scenes.box(5, 5, 0, 0, 4, 4), s));
  }

  @Test
  void transformEqualsBruteForce() {
    Random rnd = new Random(3L);
    for (int k = 0; k < 5; k++) {
      Mask m = Scenes.ellipse(60, 50, 30, 25, 5 + 20 * rnd.nextDouble(), 5 + 15 * rnd.nextDouble())
          .or(Scenes.disc(60, 50, 60 * rnd.nextDouble(), 50 * rnd.nextDouble(), 8));
      double aspect = 0.7 + 0.6 * rnd.nextDouble();
      double[] d2 = DeepestPoint.squaredDistanceToOutside(m, aspect);
      for (int y = 0; y < 50; y++) {
        for (int x = 0; x < 60; x++) {
          double best = Double.POSITIVE_INFINITY;
          for (int v = 0; v < 50; v++) {
            for (int u = 0; u < 60; u++) {
              if (!m.get(u, v)) {
                best = Math.min(best, (u - x) * (u - x) + aspect * aspect * (v - y) * (v - y));
              }
            }
          }
          assertEquals(best, d2[y * 60 + x], 1e-9, "pixel " + x + "," + y);
        }
      }
    }
  }

  @Test
  void deepestPointOfADiscIsItsCentre() {
    PixelPoint p = DeepestPoint.of(Scenes.disc(101, 81, 50.5, 40.5, 20), new PixelScale(0.1, 0.1, true));
    assertEquals(50.5, p.xPx(), 1e-12);
    assertEquals(40.5, p.yPx(), 1e-12);
  }
}
