package org.injectplan.image;

/**
 * Mean over a (2r+1) x (2r+1) square, clipped at the image edge (the mean of the pixels that
 * exist), by a summed-area table: the cost does not depend on r. This is the speckle filter of
 * the ultrasound segmenter: speckle grains are about a millimetre, so a mean over a millimetre
 * or two gives the local echogenicity.
 */
public final class BoxMean {
  private BoxMean() {
  }

  /**
   * Filters {@code values} (row-major, {@code width x height}) into a new array.
   *
   * @throws IllegalArgumentException on a negative radius or a size mismatch
   */
  public static float[] filter(int[] values, int width, int height, int radius) {
    if (radius < 0) {
      throw new IllegalArgumentException("radius must be >= 0: " + radius);
    }
    if (width < 1 || height < 1 || values.length != width * height) {
      throw new IllegalArgumentException("size " + width + "x" + height + " does not match " + values.length);
    }
    int w1 = width + 1;
    long[] sat = new long[w1 * (height + 1)];
    for (int y = 0; y < height; y++) {
      long row = 0;
      int o = (y + 1) * w1;
      for (int x = 0; x < width; x++) {
        row += values[y * width + x];
        sat[o + x + 1] = sat[o - w1 + x + 1] + row;
      }
    }
    float[] out = new float[values.length];
    for (int y = 0; y < height; y++) {
      int ya = Math.max(0, y - radius);
      int yb = Math.min(height, y + radius + 1);
      for (int x = 0; x < width; x++) {
        int xa = Math.max(0, x - radius);
        int xb = Math.min(width, x + radius + 1);
        long s = sat[yb * w1 + xb] - sat[ya * w1 + xb] - sat[yb * w1 + xa] + sat[ya * w1 + xa];
        out[y * width + x] = (float) s / ((yb - ya) * (xb - xa));
      }
    }
    return out;
  }
}
