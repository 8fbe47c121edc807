package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoxMeanTest {
  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> BoxMean.filter(new int[4], 2, 2, -1));
    assertThrows(IllegalArgumentException.class, () -> BoxMean.filter(new int[5], 2, 2, 1));
  }

  @Test
  void equalsTheNaiveMeanIncludingTheEdges() {
    Random rnd = new Random(42);
    int w = 37;
    int h = 23;
    int[] v = new int[w * h];
    for (int i = 0; i < v.length; i++) {
      v[i] = rnd.nextInt(256);
    }
    for (int r : new int[] {0, 1, 4, 22, 23, 30}) {
      float[] f = BoxMean.filter(v, w, h, r);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double s = 0;
          int n = 0;
          for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
              s += v[yy * w + xx];
              n++;
            }
          }
          assertEquals(s / n, f[y * w + x], 1e-3, "r " + r + " at " + x + "," + y);
          // Exactly the float of the integer sum over the count (the figures downstream rest on it).
          assertEquals((float) (long) s / n, f[y * w + x], 0.0, "r " + r + " at " + x + "," + y);
        }
      }
    }
  }
}
