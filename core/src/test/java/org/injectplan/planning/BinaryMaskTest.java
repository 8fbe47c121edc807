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
}
