package org.injectplan.image;

/**
 * Mean over a (2r+1) x (2r+1) square, clipped at the image edge (the mean of the pixels that
 * exist), by running sums (columns, then rows): the cost does not depend on r. This is the speckle filter of
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
    // Column sums over the rows of the square, moved down one row at a time, then a running sum
    // along each row: every sum is the exact integer sum, as from a summed-area table.
    long[] column = new long[width];
    long[] prefix = new long[width + 1];
    float[] out = new float[values.length];
    int rows = 0;
    for (int y = 0; y <= Math.min(height - 1, radius); y++) {
      add(column, values, y * width, 1);
      rows++;
    }
    for (int y = 0; y < height; y++) {
      if (y > 0 && y + radius < height) {
        add(column, values, (y + radius) * width, 1);
        rows++;
      }
      if (y - radius - 1 >= 0) {
        add(column, values, (y - radius - 1) * width, -1);
        rows--;
      }
      for (int x = 0; x < width; x++) {
        prefix[x + 1] = prefix[x] + column[x];
      }
      int o = y * width;
      for (int x = 0; x < width; x++) {
        int xa = Math.max(0, x - radius);
        int xb = Math.min(width, x + radius + 1);
        out[o + x] = (float) (prefix[xb] - prefix[xa]) / (rows * (xb - xa));
      }
    }
    return out;
  }

  /** column[x] += sign * values[row + x] for every column. */
  private static void add(long[] column, int[] values, int row, int sign) {
    for (int x = 0; x < column.length; x++) {
      column[x] += (long) sign * values[row + x];
    }
  }
}
