package org.injectplan.dicom;

/**
 * YCbCr (YBR_FULL, full range, PS3.3 C.7.6.3.1.2) to RGB, 8 bits a sample, in the arithmetic of
 * the independent decoders we are checked against, so that frames compare sample for sample:
 * <ul>
 *   <li>{@link #toRgb}: JPEG frames, fixed point with 16 fraction bits and rounding, as the IJG
 *       JPEG library converts inside the codec (dcmtk lets it);</li>
 *   <li>{@link #nativeToRgb}: native and RLE frames, as dcmtk converts them itself: each term
 *       truncated toward zero, R = Y + [1.402 Cr - 0.701 x 255], G = Y - [0.3441 Cb] -
 *       [0.7141 Cr - 0.5291 x 255], B = Y + [1.772 Cb - 0.8859 x 255] (established against
 *       dcmj2pnm's output on the corpus; within 1 of the exact formula);</li>
 *   <li>{@link #native422ToRgb}: native YBR_FULL_422, as dcmtk converts it: the same
 *       coefficients, the whole sum truncated after clamping.</li>
 * </ul>
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

  private static final int[] N_CR_R = new int[256];
  private static final int[] N_CB_G = new int[256];
  private static final int[] N_CR_G = new int[256];
  private static final int[] N_CB_B = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      N_CR_R[i] = (int) (1.4020 * i - 0.7010 * 255);
      N_CB_G[i] = (int) (0.3441 * i);
      N_CR_G[i] = (int) (0.7141 * i - 0.5291 * 255);
      N_CB_B[i] = (int) (1.7720 * i - 0.8859 * 255);
    }
  }

  private YbrConversion() {
  }

  /** One native (uncompressed or RLE) pixel, samples 0..255, to 0xRRGGBB. */
  public static int nativeToRgb(int y, int cb, int cr) {
    int r = clamp(y + N_CR_R[cr]);
    int g = clamp(y - N_CB_G[cb] - N_CR_G[cr]);
    int b = clamp(y + N_CB_B[cb]);
    return r << 16 | g << 8 | b;
  }

  private static int fix(double v) {
    return (int) (v * (1 << SCALE_BITS) + 0.5);
  }

  /** One native YBR_FULL_422 pixel, samples 0..255, to 0xRRGGBB. */
  public static int native422ToRgb(int y, int cb, int cr) {
    int r = truncate(y + 1.4020 * cr - 0.7010 * 255);
    int g = truncate(y - 0.3441 * cb - 0.7141 * cr + 0.5291 * 255);
    int b = truncate(y + 1.7720 * cb - 0.8859 * 255);
    return r << 16 | g << 8 | b;
  }

  private static int truncate(double v) {
    return v <= 0 ? 0 : v >= 255 ? 255 : (int) v;
  }

  /** One JPEG pixel, samples 0..255, to 0xRRGGBB. */
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
