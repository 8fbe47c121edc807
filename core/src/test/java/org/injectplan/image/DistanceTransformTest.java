package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistanceTransformTest {
  @Test
  void refusesASizeMismatch() {
    assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredMm(new boolean[5], 2, 2, 1, 1));
  }

  @Test
  void equalsBruteForceWithAnisotropicSpacing() {
    Random rnd = new Random(5);
    int w = 41;
    int h = 29;
    boolean[] sites = new boolean[w * h];
    for (int i = 0; i < 12; i++) {
      sites[rnd.nextInt(sites.length)] = true;
    }
    double[] d = DistanceTransform.squaredMm(sites, w, h, 0.3, 0.7);
    for (int p = 0; p < sites.length; p++) {
      double best = Double.MAX_VALUE;
      for (int q = 0; q < sites.length; q++) {
        if (sites[q]) {
          double dx = (p % w - q % w) * 0.3;
          double dy = (p / w - q / w) * 0.7;
          best = Math.min(best, dx * dx + dy * dy);
        }
      }
      assertEquals(best, d[p], 1e-9, "pixel " + p);
    }
  }
}
