package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryMaskTest {
  @TempDir
  Path tmp;

  @Test
  void badMasksAreRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> new BinaryMask(0, 3, new boolean[0]));
    assertThrows(IllegalArgumentException.class, () -> new BinaryMask(2, 2, new boolean[3]));
    assertThrows(IllegalArgumentException.class, () -> BinaryMask.empty(3, 3).or(BinaryMask.empty(3, 4)));
    assertThrows(IllegalArgumentException.class, () -> BinaryMask.empty(3, 3).crop(1, 1, 3, 2));
    Path notPng = tmp.resolve("x.png");
    Files.writeString(notPng, "not an image");
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> BinaryMask.read(notPng));
    assertTrue(e.getMessage().startsWith(notPng.toString()), e.getMessage());
  }

  @Test
  void boundaryBoundsAndCrop() {
    BinaryMask box = Scenes.box(10, 8, 2, 3, 6, 5);
    assertEquals(15, box.count());
    assertEquals(12, box.boundary().length / 2, "a 5x3 box has 12 edge pixels");
    assertArrayEquals(new int[] {2, 3, 6, 5}, box.bounds());
    assertNull(BinaryMask.empty(4, 4).bounds());
    BinaryMask c = box.crop(1, 2, 7, 6);
    assertEquals(15, c.count());
    assertTrue(c.get(1, 1));
    assertFalse(c.get(0, 0));
    assertFalse(box.get(-1, 3), "outside the frame nothing is inside");
  }

  @Test
  void mirrorAndQuarterTurnMovePixels() {
    BinaryMask one = Scenes.box(5, 3, 1, 0, 1, 0);
    assertTrue(one.mirrored().get(3, 0));
    BinaryMask r = one.rotatedQuarter();
    assertEquals(3, r.width());
    assertEquals(5, r.height());
    assertTrue(r.get(2, 1), "(x, y) -> (h - 1 - y, x)");
    assertEquals(1, r.count());
  }

  @Test
  void fromAProcessor() {
    ByteProcessor ip = new ByteProcessor(4, 3);
    ip.set(2, 1, 255);
    BinaryMask m = BinaryMask.of(ip);
    assertTrue(m.get(2, 1));
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
    BinaryMask m = new BinaryMask(40, 30, in);
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
    assertTrue(BinaryMask.empty(3, 3).isEmpty());
    assertEquals(0, BinaryMask.empty(3, 3).boundary().length);
  }
}
