package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalLevelTest {
  @Test
  void refusesMismatchedArraysAndSharesOutsideTheOpenInterval() {
    int[] four = new int[4];
    assertThrows(IllegalArgumentException.class, () -> LocalLevel.of(four, new int[3], four, 2, 2, 1, 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> LocalLevel.of(four, four, four, 2, 3, 1, 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> LocalLevel.of(four, four, four, 2, 2, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> LocalLevel.of(four, four, four, 2, 2, 1, 1, 0));
  }

  @Test
  void withoutFluidOrTissueTheFallbackIsTheLevel() {
    int[] grey = {10, 20, 30, 40};
    int[] none = new int[4];
    int[] all = {1, 1, 1, 1};
    assertArrayEquals(new float[] {7, 7, 7, 7}, LocalLevel.of(grey, none, all, 2, 2, 1, 0.5, 7), 0);
    assertArrayEquals(new float[] {7, 7, 7, 7}, LocalLevel.of(grey, all, none, 2, 2, 1, 0.5, 7), 0);
  }

  @Test
  void uniformClassesGiveTheShareOfTheWayEverywhere() {
    // Left half fluid at 20, right half tissue at 120: the level is 20 + 0.35 * 100 wherever both
    // classes are near, and the same from the global means elsewhere.
    int w = 40;
    int h = 10;
    int[] grey = new int[w * h];
    int[] fluid = new int[w * h];
    int[] tissue = new int[w * h];
    for (int i = 0; i < grey.length; i++) {
      boolean left = i % w < w / 2;
      grey[i] = left ? 20 : 120;
      fluid[i] = left ? 1 : 0;
      tissue[i] = left ? 0 : 1;
    }
    float[] level = LocalLevel.of(grey, fluid, tissue, w, h, 3, 0.35, 0);
    for (float v : level) {
      assertEquals(55, v, 1e-3);
    }
  }

  @Test
  void theLevelFollowsAFluidLevelThatRisesWithDepth() {
    // Posterior enhancement: fluid brightening from 10 (top) to 90 (bottom) over tissue at 150.
    // Locally the level is 0.35 of the way from the fluid near the pixel; a global level (from
    // the mean fluid, 50) would cut the deep fluid off.
    int w = 30;
    int h = 60;
    int[] grey = new int[w * h];
    int[] fluid = new int[w * h];
    int[] tissue = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean in = x < 20;
        int i = y * w + x;
        grey[i] = in ? 10 + 80 * y / (h - 1) : 150;
        fluid[i] = in ? 1 : 0;
        tissue[i] = in ? 0 : 1;
      }
    }
    float[] level = LocalLevel.of(grey, fluid, tissue, w, h, 4, 0.35, 0);
    int top = 2 * w + 19;
    int bottom = (h - 3) * w + 19;
    double globalLevel = 50 + 0.35 * (150 - 50);
    assertTrue(grey[bottom] > globalLevel, "a global level would cut the deep fluid off");
    assertTrue(level[bottom] > grey[bottom] + 10, "the deep fluid stays below its level: " + level[bottom]);
    assertTrue(level[top] < globalLevel - 10, "the shallow fluid's level is lower: " + level[top]);
    assertTrue(level[bottom] - level[top] > 0.5 * 0.65 * 80, "the level rises with the fluid");
  }
}
