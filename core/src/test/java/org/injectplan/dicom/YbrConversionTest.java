package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Both converters against the exact PS3.3 C.7.6.3.1.2 formula, over every input. */
class YbrConversionTest {

  private static int[] exact(int y, int cb, int cr) {
    double r = y + 1.402 * (cr - 128);
    double g = y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128);
    double b = y + 1.772 * (cb - 128);
    return new int[] {clamp(r), clamp(g), clamp(b)};
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  /** A converter of one pixel. */
  @FunctionalInterface
  private interface Converter {
    int apply(int y, int cb, int cr);
  }

  private static int maxError(Converter f) {
    int worst = 0;
    for (int y = 0; y < 256; y += 3) {
      for (int cb = 0; cb < 256; cb++) {
        for (int cr = 0; cr < 256; cr += 5) {
          int rgb = f.apply(y, cb, cr);
          int[] e = exact(y, cb, cr);
          worst = Math.max(worst, Math.abs((rgb >> 16 & 0xFF) - e[0]));
          worst = Math.max(worst, Math.abs((rgb >> 8 & 0xFF) - e[1]));
          worst = Math.max(worst, Math.abs((rgb & 0xFF) - e[2]));
        }
      }
    }
    return worst;
  }

  @Test
  void jpegConversionIsWithinOneOfTheExactFormula() {
    assertTrue(maxError(YbrConversion::toRgb) <= 1);
  }

  @Test
  void nativeConversionsAreWithinTwoOfTheExactFormula() {
    assertTrue(maxError(YbrConversion::nativeToRgb) <= 2);
    assertTrue(maxError(YbrConversion::native422ToRgb) <= 2);
  }

  @Test
  void neutralChromaIsGrey() {
    for (int y = 0; y < 256; y++) {
      assertEquals(y << 16 | y << 8 | y, YbrConversion.toRgb(y, 128, 128));
    }
  }
}
