package org.injectplan.segment;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * A rectangular window of a frame as 8-bit grey levels, row by row: the only form the
 * segmenters read. Colour captures (RGB; YBR and palette arrive as RGB from the loader) become
 * their luma (ITU-R BT.601 weights); deeper grey is scaled linearly from the window's minimum and
 * maximum to 0..255.
 *
 * @param x0 left column of the window in the frame
 * @param y0 top row of the window in the frame
 * @param width columns
 * @param height rows
 * @param grey {@code width * height} grey levels 0..255, row-major
 */
public record GreyWindow(int x0, int y0, int width, int height, int[] grey) {

  public GreyWindow {
    if (width < 1 || height < 1 || grey.length != width * height) {
      throw new IllegalArgumentException("window " + width + "x" + height + " does not match "
          + grey.length + " values");
    }
  }

  /**
   * Reads the window [x0, x1] x [y0, y1] (inclusive, clipped to the frame) of a frame.
   *
   * @throws IllegalArgumentException when the window lies outside the frame
   */
  public static GreyWindow of(ImageProcessor ip, int x0, int y0, int x1, int y1) {
    int a = Math.max(0, x0);
    int b = Math.max(0, y0);
    int c = Math.min(ip.getWidth() - 1, x1);
    int d = Math.min(ip.getHeight() - 1, y1);
    if (c < a || d < b) {
      throw new IllegalArgumentException("window [" + x0 + "," + y0 + "," + x1 + "," + y1
          + "] lies outside the " + ip.getWidth() + "x" + ip.getHeight() + " frame");
    }
    int w = c - a + 1;
    int h = d - b + 1;
    int[] g = new int[w * h];
    if (ip instanceof ByteProcessor) {
      byte[] px = (byte[]) ip.getPixels();
      for (int y = 0; y < h; y++) {
        int row = (y + b) * ip.getWidth() + a;
        for (int x = 0; x < w; x++) {
          g[y * w + x] = px[row + x] & 0xFF;
        }
      }
    } else if (ip instanceof ColorProcessor) {
      int[] px = (int[]) ip.getPixels();
      for (int y = 0; y < h; y++) {
        int row = (y + b) * ip.getWidth() + a;
        for (int x = 0; x < w; x++) {
          int v = px[row + x];
          g[y * w + x] = (299 * ((v >> 16) & 0xFF) + 587 * ((v >> 8) & 0xFF) + 114 * (v & 0xFF) + 500) / 1000;
        }
      }
    } else {
      scaled(ip, a, b, w, h, g);
    }
    return new GreyWindow(a, b, w, h, g);
  }

  /** The whole frame. */
  public static GreyWindow of(ImageProcessor ip) {
    return of(ip, 0, 0, ip.getWidth() - 1, ip.getHeight() - 1);
  }

  private static void scaled(ImageProcessor ip, int a, int b, int w, int h, int[] g) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float v = ip.getPixelValue(x + a, y + b);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    float scale = hi > lo ? 255f / (hi - lo) : 0f;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        g[y * w + x] = Math.round((ip.getPixelValue(x + a, y + b) - lo) * scale);
      }
    }
  }

  /** Grey level at window coordinates. */
  public int at(int x, int y) {
    return grey[y * width + x];
  }
}
