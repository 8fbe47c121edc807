package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Phantoms with their truth in the code: a lumen of known radius (echo in tissue units, 0.1 mm
 * pixels, speckle from a seeded generator), the wall found along every ray.
 */
class WallContourTest {
  private static final int SIZE = 201;
  private static final int C = 100;
  private static final double MM = 0.1;

  @Test
  void refusesBadInput() {
    float[] f = new float[SIZE * SIZE];
    assertThrows(IllegalArgumentException.class, () -> WallContour.radii(f, SIZE, SIZE, C, C, 4, MM, MM, 90, 2));
    assertThrows(IllegalArgumentException.class, () -> WallContour.radii(f, SIZE, SIZE, C, C, 64, 0, MM, 90, 2));
    assertThrows(IllegalArgumentException.class, () -> WallContour.radii(f, SIZE, SIZE, SIZE, C, 64, MM, MM, 90, 2));
    assertThrows(IllegalArgumentException.class, () -> WallContour.radii(f, SIZE, SIZE, C, C, 64, MM, MM, 90, 0));
    assertThrows(IllegalArgumentException.class, () -> WallContour.radii(f, SIZE - 1, SIZE, C, C, 64, MM, MM, 90, 2));
  }

  @Test
  void findsTheWallOfASpeckledLumenOnEveryRay() {
    float[] f = rings(new double[] {30, 34}, new double[] {0.1, 2.0, 1.0}, new Random(11));
    double[] r = WallContour.radii(f, SIZE, SIZE, C, C, 128, MM, MM, 90, 2.0);
    for (int k = 0; k < r.length; k++) {
      assertEquals(30, r[k] + 0.5, 2.0, "ray " + k);
    }
  }

  @Test
  void aSpeckOfEchoInsideTheLumenDoesNotCutIt() {
    float[] f = rings(new double[] {30, 34}, new double[] {0.1, 2.0, 1.0}, new Random(12));
    for (int y = C - 3; y <= C + 3; y++) {
      for (int x = C + 12; x <= C + 18; x++) {
        f[y * SIZE + x] = 1.5f;
      }
    }
    double[] r = WallContour.radii(f, SIZE, SIZE, C, C, 128, MM, MM, 90, 2.0);
    for (int k = 0; k < r.length; k++) {
      assertEquals(30, r[k] + 0.5, 2.0, "ray " + k);
    }
  }

  @Test
  void stopsAtTheLumenNotAtABrighterFasciaBeyondHypoechoicMuscle() {
    // lumen 0.05 to 25 px, hypoechoic muscle 0.5 to 45 px, a fascia 3.0 to 48 px, tissue beyond
    float[] f = rings(new double[] {25, 45, 48}, new double[] {0.05, 0.5, 3.0, 1.0}, new Random(13));
    double[] r = WallContour.radii(f, SIZE, SIZE, C, C, 128, MM, MM, 90, 0.8);
    for (int k = 0; k < r.length; k++) {
      assertEquals(25, r[k] + 0.5, 2.0, "ray " + k);
    }
  }

  /** Concentric rings: level[i] inside radius edge[i], the last level beyond; multiplicative speckle of 20%. */
  private static float[] rings(double[] edge, double[] level, Random rnd) {
    float[] f = new float[SIZE * SIZE];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        double d = Math.hypot(x - C, y - C);
        int i = 0;
        while (i < edge.length && d >= edge[i]) {
          i++;
        }
        f[y * SIZE + x] = (float) (level[i] * (1 + 0.2 * rnd.nextGaussian()));
      }
    }
    return f;
  }
}
