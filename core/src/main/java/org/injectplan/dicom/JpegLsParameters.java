package org.injectplan.dicom;

/**
 * The coding parameters of a JPEG-LS scan (ITU-T T.87 C.2.4.1.1 and A.2.1): the largest sample
 * value, the gradient thresholds, the reset interval and the near-lossless bound, with the
 * values derived from them. Thresholds of 0 (the preset-parameters marker's "default") take the
 * standard's defaults.
 *
 * @param maxVal the largest sample value (MAXVAL)
 * @param t1 the first gradient threshold
 * @param t2 the second gradient threshold
 * @param t3 the third gradient threshold
 * @param reset the count at which the context statistics are halved (RESET)
 * @param near the largest difference allowed between a decoded and the original sample (NEAR)
 */
record JpegLsParameters(int maxVal, int t1, int t2, int t3, int reset, int near) {
  private static final int BASIC_T1 = 3;
  private static final int BASIC_T2 = 7;
  private static final int BASIC_T3 = 21;
  static final int DEFAULT_RESET = 64;

  JpegLsParameters {
    if (maxVal < 1 || maxVal > 65535) {
      throw new IllegalArgumentException("MAXVAL must be in 1..65535: " + maxVal);
    }
    if (near < 0 || near > Math.min(255, maxVal / 2)) {
      throw new IllegalArgumentException("NEAR must be in 0.." + Math.min(255, maxVal / 2) + ": " + near);
    }
    if (t1 < near + 1 || t2 < t1 || t3 < t2 || t3 > maxVal) {
      throw new IllegalArgumentException("thresholds must satisfy NEAR < T1 <= T2 <= T3 <= MAXVAL: " + t1
          + ", " + t2 + ", " + t3);
    }
    if (reset < 3 || reset > Math.max(255, maxVal)) {
      throw new IllegalArgumentException("RESET must be in 3.." + Math.max(255, maxVal) + ": " + reset);
    }
  }

  /**
   * The parameters for a scan: {@code preset} values of 0 (or a null preset) take the defaults
   * of T.87 C.2.4.1.1.1 for this precision and NEAR.
   */
  static JpegLsParameters of(int precisionBits, int near, int[] preset) {
    int maxVal = preset != null && preset[0] != 0 ? preset[0] : (1 << precisionBits) - 1;
    int[] t = defaultThresholds(maxVal, near);
    int t1 = preset != null && preset[1] != 0 ? preset[1] : t[0];
    int t2 = preset != null && preset[2] != 0 ? preset[2] : t[1];
    int t3 = preset != null && preset[3] != 0 ? preset[3] : t[2];
    int reset = preset != null && preset[4] != 0 ? preset[4] : DEFAULT_RESET;
    return new JpegLsParameters(maxVal, t1, t2, t3, reset, near);
  }

  private static int[] defaultThresholds(int maxVal, int near) {
    int t1;
    int t2;
    int t3;
    if (maxVal >= 128) {
      int factor = (Math.min(maxVal, 4095) + 128) / 256;
      t1 = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, maxVal);
      t2 = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, t1, maxVal);
      t3 = clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, t2, maxVal);
    } else {
      int factor = 256 / (maxVal + 1);
      t1 = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, maxVal);
      t2 = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), t1, maxVal);
      t3 = clamp(Math.max(4, BASIC_T3 / factor + 7 * near), t2, maxVal);
    }
    return new int[] {t1, t2, t3};
  }

  /** T.87's CLAMP: a value outside [low, maxVal] becomes low. */
  private static int clamp(int v, int low, int maxVal) {
    return v > maxVal || v < low ? low : v;
  }

  /** The number of quantized error values (RANGE). */
  int range() {
    return (maxVal + 2 * near) / (2 * near + 1) + 1;
  }

  /** Bits to hold a quantized error (qbpp). */
  int qbpp() {
    return ceilLog2(range());
  }

  /** The longest code (LIMIT). */
  int limit() {
    int bpp = Math.max(2, ceilLog2(maxVal + 1));
    return 2 * (bpp + Math.max(8, bpp));
  }

  private static int ceilLog2(int v) {
    return 32 - Integer.numberOfLeadingZeros(v - 1);
  }
}
