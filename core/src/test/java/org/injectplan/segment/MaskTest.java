package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskTest {
  @Test
  void refusesASizeMismatch() {
    assertThrows(IllegalArgumentException.class, () -> new Mask(3, 3, new boolean[8]));
  }

  @Test
  void measuresARectangle() {
    boolean[] in = new boolean[20 * 10];
    for (int y = 2; y <= 5; y++) {
      for (int x = 4; x <= 11; x++) {
        in[y * 20 + x] = true;
      }
    }
    Mask m = new Mask(20, 10, in);
    assertEquals(32, m.areaPx());
    assertArrayEquals(new int[] {4, 2, 11, 5}, m.bboxPx());
    assertArrayEquals(new double[] {8.0, 4.0}, m.centroidPx(), 1e-12);
    assertEquals(m, Mask.of(m.toByteProcessor()));
    assertEquals(0, new Mask(2, 2, new boolean[4]).bboxPx().length);
    assertTrue(Double.isNaN(new Mask(2, 2, new boolean[4]).centroidPx()[0]));
  }

  @Test
  void fillsHolesButNotBaysOpenToTheBorder() {
    String[] rows = {
        ".......",
        ".#####.",
        ".#..#..",
        ".#####.",
        "......."};
    boolean[] in = new boolean[35];
    for (int i = 0; i < 35; i++) {
      in[i] = rows[i / 7].charAt(i % 7) == '#';
    }
    Mask.fillHoles(in, 7, 5);
    assertTrue(in[2 * 7 + 2] && in[2 * 7 + 3], "the enclosed hole is filled");
    assertTrue(!in[2 * 7 + 5], "the bay open to the border stays out");
  }
}
