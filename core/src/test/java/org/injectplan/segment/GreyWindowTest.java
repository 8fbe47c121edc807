package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;

class GreyWindowTest {
  @Test
  void refusesAWindowOutsideTheFrameAndASizeMismatch() {
    assertThrows(IllegalArgumentException.class, () -> GreyWindow.of(new ByteProcessor(10, 10), 20, 20, 30, 30));
    assertThrows(IllegalArgumentException.class, () -> new GreyWindow(0, 0, 2, 2, new int[3]));
  }

  @Test
  void readsGreyClipsToTheFrameAndKeepsItsOrigin() {
    ByteProcessor bp = new ByteProcessor(10, 8);
    bp.set(3, 2, 200);
    GreyWindow w = GreyWindow.of(bp, 3, 2, 50, 50);
    assertEquals(7, w.width());
    assertEquals(6, w.height());
    assertEquals(3, w.x0());
    assertEquals(200, w.at(0, 0));
  }

  @Test
  void colourBecomesBt601LumaAndDeepGreyIsScaled() {
    ColorProcessor cp = new ColorProcessor(2, 1);
    cp.set(0, 0, 0xff0000);
    cp.set(1, 0, 0x00ff00);
    GreyWindow c = GreyWindow.of(cp);
    assertEquals(Math.round(0.299 * 255), c.at(0, 0));
    assertEquals(Math.round(0.587 * 255), c.at(1, 0));
    ShortProcessor sp = new ShortProcessor(3, 1);
    sp.set(0, 0, 1000);
    sp.set(1, 0, 2000);
    sp.set(2, 0, 3000);
    GreyWindow s = GreyWindow.of(sp);
    assertEquals(0, s.at(0, 0));
    assertEquals(128, s.at(1, 0));
    assertEquals(255, s.at(2, 0));
  }
}
