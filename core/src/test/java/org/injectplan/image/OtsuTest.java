package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OtsuTest {
  @Test
  void refusesNoValues() {
    assertThrows(IllegalArgumentException.class, () -> Otsu.threshold(new float[0]));
  }

  @Test
  void maximisesTheBetweenClassVarianceLikeAnExhaustiveSearch() {
    Random rnd = new Random(11);
    float[] v = new float[5000];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) Math.max(0, Math.min(255, i % 3 == 0 ? 40 + 10 * rnd.nextGaussian() : 150 + 20 * rnd.nextGaussian()));
    }
    double t = Otsu.threshold(v);
    double best = -1;
    double bestT = 0;
    for (int k = 0; k < 255; k++) {
      double tt = k + 0.5;
      double s0 = 0;
      double s1 = 0;
      int n0 = 0;
      int n1 = 0;
      for (float x : v) {
        if (Math.round(x) < tt) {
          s0 += Math.round(x);
          n0++;
        } else {
          s1 += Math.round(x);
          n1++;
        }
      }
      if (n0 == 0 || n1 == 0) {
        continue;
      }
      double between = (double) n0 * n1 * Math.pow(s0 / n0 - s1 / n1, 2);
      if (between > best) {
        best = between;
        bestT = tt;
      }
    }
    assertEquals(bestT, t, 0);
    assertEquals(95, t, 25);
  }
}
