package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdgeProfileTest {
  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> EdgeProfile.offsetsPx(new int[4], new boolean[3], 2, 2, 0.1,
        0.1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> EdgeProfile.offsetsPx(new int[4], new boolean[4], 2, 2, 0.1,
        0.1, 1.0));
  }

  /**
   * A dark rectangle whose grey rises linearly over 4 pixels beyond the mask on each side, a mask
   * 2 pixels inside the true edge on top and left: the crossing at half the rise is found where the
   * ramp puts it (naive reference: the ramp's half-way point, by hand).
   */
  @Test
  void findsTheCrossingOfARampPerSide() {
    int w = 80;
    int h = 60;
    int[] grey = new int[w * h];
    boolean[] in = new boolean[w * h];
    // fluid [20, 60) x [15, 45): 0; then a ramp to 100 over 4 px outward; tissue 100
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int dx = Math.max(20 - x, x - 59);
        int dy = Math.max(15 - y, y - 44);
        int d = Math.max(dx, dy);
        grey[y * w + x] = d <= 0 ? 0 : Math.min(100, 25 * d);
        in[y * w + x] = x >= 22 && x < 60 && y >= 17 && y < 45;
      }
    }
    double[] o = EdgeProfile.offsetsPx(grey, in, w, h, 0.1, 0.1, 0.5);
    // grey 50 is at d = 2, i.e. 2 px outside the fluid; the mask's edge is at the fluid's edge
    // (bottom, right) or 2 px inside it (top, left): offsets 1.5 and 3.5 px (edge at +0.5)
    assertEquals(3.5, o[EdgeProfile.TOP], 1e-9);
    assertEquals(1.5, o[EdgeProfile.BOTTOM], 1e-9);
    assertEquals(3.5, o[EdgeProfile.LEFT], 1e-9);
    assertEquals(1.5, o[EdgeProfile.RIGHT], 1e-9);
  }

  @Test
  void aSideTooThinToMeasureIsNotMeasured() {
    int w = 40;
    int[] grey = new int[w * w];
    boolean[] in = new boolean[w * w];
    for (int x = 5; x < 35; x++) {
      in[20 * w + x] = true;
    }
    double[] o = EdgeProfile.offsetsPx(grey, in, w, w, 0.1, 0.1, 0.5);
    assertTrue(Double.isNaN(o[EdgeProfile.TOP]), "a one-pixel-thick streak has no measurable top");
  }

  @Test
  void growsEachSideByItsOwnOffset() {
    int w = 30;
    boolean[] in = new boolean[w * w];
    in[15 * w + 15] = true;
    boolean[] out = EdgeProfile.grow(in, w, w, new double[] {1, 3, 0, 2});
    assertTrue(out[14 * w + 15] && !out[13 * w + 15], "top by 1");
    assertTrue(out[18 * w + 15] && !out[19 * w + 15], "bottom by 3");
    assertTrue(!out[15 * w + 14], "left by 0");
    assertTrue(out[15 * w + 17] && !out[15 * w + 18], "right by 2");
  }
}
