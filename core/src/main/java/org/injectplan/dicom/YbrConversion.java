package org.injectplan.dicom;

/**
 * YCbCr (YBR_FULL, full range, PS3.3 C.7.6.3.1.2) to RGB, 8 bits a sample. Fixed-point with
 * 16 fraction bits and rounding, the arithmetic of the IJG JPEG library's colour converter, so
 * that a JPEG frame converted here equals one converted inside the codec.
 */
public final class YbrConversion {
  private static final int SCALE_BITS = 16;
  private static final int HALF = 1 << (SCALE_BITS - 1);
  private static final int[] CR_R = new int[256];
  private static final int[] CB_B = new int[256];
  private static final int[] CR_G = new int[256];
  private static final int[] CB_G = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int x = i - 128;
      CR_R[i] = (fix(1.40200) * x + HALF) >> SCALE_BITS;
      CB_B[i] = (fix(1.77200) * x + HALF) >> SCALE_BITS;
      CR_G[i] = -fix(0.71414) * x;
      CB_G[i] = -fix(0.34414) * x + HALF;
    }
  }

  private YbrConversion() {
  }

  private static int fix(double v) {
    return (int) (v * (1 << SCALE_BITS) + 0.5);
  }

  /** One pixel, samples 0..255, to 0xRRGGBB. */
  public static int toRgb(int y, int cb, int cr) {
    int r = clamp(y + CR_R[cr]);
    int g = clamp(y + ((CB_G[cb] + CR_G[cr]) >> SCALE_BITS));
    int b = clamp(y + CB_B[cb]);
    return r << 16 | g << 8 | b;
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
