package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import org.junit.jupiter.api.Test;

class MaskTest {
  /** A w x h mask, inside on [x0, x1] x [y0, y1] (inclusive). */
  static Mask box(int w, int h, int x0, int y0, int x1, int y1) {
    boolean[] in = new boolean[w * h];
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        in[y * w + x] = true;
      }
    }
    return new Mask(w, h, in);
  }

  @Test
  void badMasksAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Mask(3, 3, new boolean[8]));
    assertThrows(IllegalArgumentException.class, () -> new Mask(0, 3, new boolean[0]));
    assertThrows(IllegalArgumentException.class, () -> new Mask(2, 2, new boolean[3]));
    assertThrows(IllegalArgumentException.class, () -> Mask.empty(3, 3).or(Mask.empty(3, 4)));
    assertThrows(IllegalArgumentException.class, () -> Mask.empty(3, 3).crop(1, 1, 3, 2));
  }

  @Test
  void measuresARectangle() {
    Mask m = box(20, 10, 4, 2, 11, 5);
    assertEquals(32, m.count());
    assertArrayEquals(new int[] {4, 2, 11, 5}, m.bounds());
    assertArrayEquals(new double[] {8.0, 4.0}, m.centroidPx(), 1e-12);
    assertEquals(m, Mask.of(m.toByteProcessor()));
    assertNull(new Mask(2, 2, new boolean[4]).bounds());
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

  @Test
  void boundaryBoundsAndCrop() {
    Mask box = box(10, 8, 2, 3, 6, 5);
    assertEquals(15, box.count());
    assertEquals(12, box.boundary().length / 2, "a 5x3 box has 12 edge pixels");
    assertArrayEquals(new int[] {2, 3, 6, 5}, box.bounds());
    assertNull(Mask.empty(4, 4).bounds());
    Mask c = box.crop(1, 2, 7, 6);
    assertEquals(15, c.count());
    assertTrue(c.get(1, 1));
    assertFalse(c.get(0, 0));
    assertFalse(box.get(-1, 3), "outside the frame nothing is inside");
  }

  @Test
  void mirrorAndQuarterTurnMovePixels() {
    Mask one = box(5, 3, 1, 0, 1, 0);
    assertTrue(one.mirrored().get(3, 0));
    Mask r = one.rotatedQuarter();
    assertEquals(3, r.width());
    assertEquals(5, r.height());
    assertTrue(r.get(2, 1), "(x, y) -> (h - 1 - y, x)");
    assertEquals(1, r.count());
  }

  @Test
  void fromAProcessor() {
    ByteProcessor ip = new ByteProcessor(4, 3);
    ip.set(2, 1, 255);
    Mask m = Mask.of(ip);
    assertTrue(m.get(2, 1));
    assertEquals(1, m.count());
  }

  @Test
  void neitherTheGivenValuesNorTheValuesHandedOutReachTheMask() {
    boolean[] in = new boolean[6];
    in[4] = true;
    Mask m = new Mask(3, 2, in);
    in[0] = true;
    assertFalse(m.get(0, 0), "the mask copied what it was given");
    m.inside()[1] = true;
    assertFalse(m.get(1, 0), "inside() hands out a copy");
    assertEquals(1, m.count());
  }

  @Test
  void boundsAreComputedOnceAndHandedOutAsCopiesAndBoundaryAgreesWithANaiveScan() {
    java.util.Random rnd = new java.util.Random(20240115L);
    boolean[] in = new boolean[40 * 30];
    for (int i = 0; i < in.length; i++) {
      int x = i % 40;
      int y = i / 40;
      in[i] = x > 5 && x < 30 && y > 4 && y < 25 && rnd.nextDouble() < 0.8;
    }
    Mask m = new Mask(40, 30, in);
    int[] b = m.bounds();
    b[0] = -99;
    assertTrue(m.bounds()[0] >= 0, "a caller's change does not reach the mask");
    java.util.Set<Long> naive = new java.util.HashSet<>();
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        if (m.get(x, y) && (!m.get(x - 1, y) || !m.get(x + 1, y) || !m.get(x, y - 1) || !m.get(x, y + 1))) {
          naive.add(y * 100L + x);
        }
      }
    }
    int[] e = m.boundary();
    java.util.Set<Long> got = new java.util.HashSet<>();
    for (int i = 0; i < e.length; i += 2) {
      got.add(e[i + 1] * 100L + e[i]);
    }
    assertEquals(naive, got);
    int n = 0;
    for (boolean v : in) {
      n += v ? 1 : 0;
    }
    assertEquals(n, m.count());
    assertTrue(Mask.empty(3, 3).isEmpty());
    assertEquals(0, Mask.empty(3, 3).boundary().length);
  }

  /** A seeded random mask over [xa, xb) x [ya, yb) of a 40 x 30 frame, as a full-frame array. */
  private static boolean[] patch(long seed, int xa, int ya, int xb, int yb) {
    java.util.Random rnd = new java.util.Random(seed);
    boolean[] in = new boolean[40 * 30];
    for (int y = ya; y < yb; y++) {
      for (int x = xa; x < xb; x++) {
        in[y * 40 + x] = rnd.nextDouble() < 0.5;
      }
    }
    return in;
  }

  @Test
  void aBoxMaskIsTheFullFrameMaskOfTheSamePixelsWithTheSameBounds() {
    assertThrows(IllegalArgumentException.class, () -> Mask.ofBox(40, 30, 35, 0, 6, 1, new boolean[6]));
    assertThrows(IllegalArgumentException.class, () -> Mask.ofBox(40, 30, 0, 0, 2, 2, new boolean[3]));
    assertThrows(IllegalArgumentException.class, () -> Mask.ofBox(40, 30, -1, 0, 1, 1, new boolean[1]));
    boolean[] full = patch(7L, 12, 9, 31, 22);
    boolean[] box = new boolean[19 * 13];
    for (int y = 0; y < 13; y++) {
      System.arraycopy(full, (9 + y) * 40 + 12, box, y * 19, 19);
    }
    Mask m = Mask.ofBox(40, 30, 12, 9, 19, 13, box);
    Mask naive = new Mask(40, 30, full);
    assertEquals(naive, m);
    assertArrayEquals(new Mask(40, 30, full.clone()).bounds(), m.bounds());
    box[0] = !box[0];
    assertEquals(naive, m, "the box's values were copied");
    assertTrue(Mask.ofBox(40, 30, 3, 3, 2, 2, new boolean[4]).isEmpty());
  }

  @Test
  void unionAndSharedPixelsAgreeWithAPixelByPixelCount() {
    Mask a = new Mask(40, 30, patch(11L, 2, 3, 25, 20));
    Mask b = new Mask(40, 30, patch(12L, 15, 10, 38, 29));
    Mask u = a.or(b);
    int shared = 0;
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        assertEquals(a.get(x, y) || b.get(x, y), u.get(x, y), x + "," + y);
        shared += a.get(x, y) && b.get(x, y) ? 1 : 0;
      }
    }
    assertTrue(shared > 0);
    assertEquals(shared, a.sharedCount(b));
    assertEquals(shared, b.sharedCount(a));
    assertArrayEquals(new Mask(40, 30, u.inside()).bounds(), u.bounds(), "the union's bounds");
    assertEquals(a, a.or(Mask.empty(40, 30)));
    assertArrayEquals(a.bounds(), a.or(Mask.empty(40, 30)).bounds());
    assertEquals(0, a.sharedCount(Mask.empty(40, 30)));
    assertEquals(0, a.sharedCount(Mask.empty(4, 3)));
  }
}
