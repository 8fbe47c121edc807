package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LucencyFilterTest {
  private static final int W = 40;
  private static final int H = 40;

  /** Background 100; a bright vertical stripe (150) in columns 19..21; a step to 60 from column 32 on. */
  private static float[] stripe() {
    float[] v = new float[W * H];
    for (int i = 0; i < v.length; i++) {
      int x = i % W;
      v[i] = x >= 19 && x <= 21 ? 150 : x >= 32 ? 60 : 100;
    }
    return v;
  }

  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> LucencyFilter.of(new float[5], new boolean[5], W, H, 3, 1));
    assertThrows(IllegalArgumentException.class,
        () -> LucencyFilter.of(stripe(), new boolean[W * H], W, H, 0.5, 1));
    assertThrows(IllegalArgumentException.class,
        () -> LucencyFilter.of(stripe(), new boolean[W * H], W, H, 3, -1));
  }

  @Test
  void aLucentStripeIsARidgeAcrossItAndAStepIsNot() {
    LucencyFilter.Map m = LucencyFilter.of(stripe(), new boolean[W * H], W, H, 4, 2);
    int centre = 20 * W + 20;
    assertEquals(50, m.lucency()[centre], 1e-4, "stripe minus the brighter flank");
    assertEquals(1, m.across(centre)[0], 1e-9, "across the stripe is along x");
    assertEquals(0, m.across(centre)[1], 1e-9);
    assertTrue(m.lucency()[20 * W + 32] <= 0, "a step has no lucency: " + m.lucency()[20 * W + 32]);
    assertTrue(m.lucency()[20 * W + 8] <= 0, "flat background: " + m.lucency()[20 * W + 8]);
  }

  @Test
  void deadPixelsGiveNoValue() {
    boolean[] dead = new boolean[W * H];
    for (int y = 0; y < H; y++) {
      dead[y * W + 24] = true;
    }
    LucencyFilter.Map m = LucencyFilter.of(stripe(), dead, W, H, 4, 2);
    int centre = 20 * W + 20;
    assertTrue(m.lucency()[centre] < 50, "the flank across reaches the dead column");
    assertEquals(Float.NEGATIVE_INFINITY, m.lucency()[20 * W + 24]);
  }
}
