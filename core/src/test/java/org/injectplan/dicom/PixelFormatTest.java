package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PixelFormatTest {

  @Test
  void refusesImpossibleFormats() {
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(0, 10, 1, 1, 8, 8, 7, false, "MONOCHROME2", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(10, 10, 0, 1, 8, 8, 7, false, "MONOCHROME2", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(10, 10, 1, 2, 8, 8, 7, false, "MONOCHROME2", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(10, 10, 1, 1, 12, 12, 11, false, "MONOCHROME2", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(10, 10, 1, 1, 16, 17, 16, false, "MONOCHROME2", 0));
    assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(10, 10, 1, 1, 16, 12, 4, false, "MONOCHROME2", 0), "high bit below bits stored");
  }

  @Test
  void refusesAFrameThatCannotFitAnArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PixelFormat(65535, 65535, 1, 3, 8, 8, 7, false, "RGB", 0));
    assertEquals("a frame of 65535 x 65535 x 3 samples is larger than 2 GiB", e.getMessage());
  }

  @Test
  void countsBytesWithoutOverflow() {
    PixelFormat f = new PixelFormat(30000, 30000, 60000, 1, 8, 8, 7, false, "MONOCHROME2", 0);
    assertEquals(900_000_000L, f.frameBytes());
    assertEquals(54_000_000_000_000L, f.totalBytes());
    PixelFormat ybr = new PixelFormat(480, 640, 1, 3, 8, 8, 7, false, "YBR_FULL_422", 0);
    assertEquals(480 * 640 * 2, ybr.frameBytes(), "4:2:2 stores two samples a pixel");
    PixelFormat bits = new PixelFormat(3, 3, 2, 1, 1, 1, 0, false, "MONOCHROME2", 0);
    assertEquals(3, bits.totalBytes(), "18 bits pack into 3 bytes");
  }
}
