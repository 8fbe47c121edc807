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
    // Away from the left and right edges the square holds 2r+1 columns: no clipping to work out.
    int midFrom = Math.min(radius, width);
    int midTo = Math.max(midFrom, width - radius);
    for (int y = 0; y < height; y++) {
      boolean enters = y > 0 && y + radius < height;
      boolean leaves = y - radius - 1 >= 0;
      if (enters && leaves) {
        move(column, values, (y + radius) * width, (y - radius - 1) * width);
      } else if (enters) {
        add(column, values, (y + radius) * width, 1);
      } else if (leaves) {
        add(column, values, (y - radius - 1) * width, -1);
      }
      rows += (enters ? 1 : 0) - (leaves ? 1 : 0);
      for (int x = 0; x < width; x++) {
        prefix[x + 1] = prefix[x] + column[x];
      }
      int o = y * width;
      clipped(out, prefix, o, 0, midFrom, width, radius, rows);
      int n = rows * (2 * radius + 1);
      for (int x = midFrom; x < midTo; x++) {
        out[o + x] = (float) (prefix[x + radius + 1] - prefix[x - radius]) / n;
      }
      clipped(out, prefix, o, midTo, width, width, radius, rows);
    }
    return out;
  }

  /** The means of columns from..to-1 of one row, the square clipped at the image's sides. */
  private static void clipped(float[] out, long[] prefix, int o, int from, int to, int width, int radius, int rows) {
    for (int x = from; x < to; x++) {
      int xa = Math.max(0, x - radius);
      int xb = Math.min(width, x + radius + 1);
      out[o + x] = (float) (prefix[xb] - prefix[xa]) / (rows * (xb - xa));
    }
  }

  /** column[x] += values[in + x] - values[out + x] for every column (the square moved down a row). */
  private static void move(long[] column, int[] values, int in, int out) {
    for (int x = 0; x < column.length; x++) {
      column[x] += (long) values[in + x] - values[out + x];
    }
  }

  /** column[x] += sign * values[row + x] for every column. */
  private static void add(long[] column, int[] values, int row, int sign) {
    for (int x = 0; x < column.length; x++) {
      column[x] += (long) sign * values[row + x];
    }
  }
}
