package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OpenFieldTest {
  private static final int W = 100;
  private static final int H = 80;

  /** Open field [10, 90) x [5, 75): 1000 with bone-like dips of 300 and noise sigma 10 (seeded); blades 100. */
  private static float[] collimated(long seed, boolean blades) {
    Random r = new Random(seed);
    float[] v = new float[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        boolean open = !blades || (x >= 10 && x < 90 && y >= 5 && y < 75);
        boolean bone = Math.hypot(x - 50, y - 40) < 15;
        v[y * W + x] = (float) ((open ? (bone ? 700 : 1000) : 100) + 10 * r.nextGaussian());
      }
    }
    return v;
  }

  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> OpenField.of(new float[10], W, H, 100));
    assertThrows(IllegalArgumentException.class, () -> OpenField.of(new float[W * H], W, H, 0));
  }

  @Test
  void findsTheBladesAndIgnoresBone() {
    assertArrayEquals(new int[] {10, 5, 90, 75}, OpenField.of(collimated(1, true), W, H, 900));
  }

  @Test
  void withoutBladesTheFieldIsTheFrame() {
    assertArrayEquals(new int[] {0, 0, W, H}, OpenField.of(collimated(2, false), W, H, 900));
  }
}
