package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeckleSizeTest {
  @Test
  void refusesMismatchedArraysAndLagsBelowOne() {
    int[] four = new int[4];
    assertThrows(IllegalArgumentException.class, () -> SpeckleSize.halfWidthsPx(four, new int[3], 2, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> SpeckleSize.halfWidthsPx(four, four, 2, 2, 0));
  }

  @Test
  void tooLittleTissueIsNotMeasured() {
    int[] grey = new int[20 * 20];
    int[] tissue = new int[grey.length];
    tissue[5] = 1;
    double[] h = SpeckleSize.halfWidthsPx(grey, tissue, 20, 20, 4);
    assertTrue(Double.isNaN(h[0]) && Double.isNaN(h[1]), Arrays.toString(h));
  }

  @Test
  void aGrainOfKnownLengthIsMeasured() {
    // White noise averaged over runs of L pixels along x: its autocorrelation along x is the
    // triangle 1 - lag / L (one half at L / 2); along y the values are independent (one half
    // between lags 0 and 1). Local-mean removal over 2 * maxLag + 1 pixels shortens it slightly.
    int w = 300;
    int h = 200;
    int len = 8;
    Random rnd = new Random(42);
    double[] noise = new double[w * h];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = rnd.nextGaussian();
    }
    int[] grey = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int k = 0; k < len; k++) {
          s += noise[y * w + Math.min(w - 1, x + k)];
        }
        grey[y * w + x] = (int) Math.round(128 + 10 * s);
      }
    }
    int[] tissue = new int[w * h];
    Arrays.fill(tissue, 1);
    double[] half = SpeckleSize.halfWidthsPx(grey, tissue, w, h, 12);
    assertEquals(len / 2.0, half[0], 0.5);
    assertTrue(half[1] < 0.7, "y: " + half[1]);
  }
}
