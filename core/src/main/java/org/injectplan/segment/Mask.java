package org.injectplan.segment;

import ij.process.ByteProcessor;
import java.util.Arrays;

/**
 * A binary mask the size of a frame (true inside), with the measures a segmentation reports.
 *
 * @param width frame columns
 * @param height frame rows
 * @param inside row-major, true inside
 */
public record Mask(int width, int height, boolean[] inside) {

  public Mask {
    if (width < 1 || height < 1 || inside.length != width * height) {
      throw new IllegalArgumentException("mask " + width + "x" + height + " does not match " + inside.length);
    }
  }

  /** A mask from an 8-bit image: inside where the value is non-zero. */
  public static Mask of(ByteProcessor bp) {
    byte[] px = (byte[]) bp.getPixels();
    boolean[] in = new boolean[px.length];
    for (int i = 0; i < px.length; i++) {
      in[i] = px[i] != 0;
    }
    return new Mask(bp.getWidth(), bp.getHeight(), in);
  }

  public boolean at(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && inside[y * width + x];
  }

  public int areaPx() {
    int n = 0;
    for (boolean b : inside) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Centroid [x, y] of the pixel centres (pixel x covers [x, x+1), its centre is x + 0.5). */
  public double[] centroidPx() {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < inside.length; i++) {
      if (inside[i]) {
        sx += i % width + 0.5;
        sy += i / width + 0.5;
        n++;
      }
    }
    return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {sx / n, sy / n};
  }

  /** Bounding box [x0, y0, x1, y1], inclusive, or an empty array for an empty mask. */
  public int[] bboxPx() {
    int x0 = width;
    int y0 = height;
    int x1 = -1;
    int y1 = -1;
    for (int i = 0; i < inside.length; i++) {
      if (inside[i]) {
        int x = i % width;
        int y = i / width;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    return x1 < 0 ? new int[0] : new int[] {x0, y0, x1, y1};
  }

  /** 255 inside, 0 outside: the mask PNG of the command line. */
  public ByteProcessor toByteProcessor() {
    byte[] px = new byte[inside.length];
    for (int i = 0; i < px.length; i++) {
      px[i] = inside[i] ? (byte) 255 : 0;
    }
    return new ByteProcessor(width, height, px);
  }

  /**
   * Fills the holes of a row-major binary image in place: every false pixel not 4-connected to
   * the image border becomes true.
   */
  public static void fillHoles(boolean[] in, int width, int height) {
    boolean[] outside = new boolean[in.length];
    int[] stack = new int[in.length];
    int top = 0;
    for (int x = 0; x < width; x++) {
      top = seed(in, outside, stack, top, x);
      top = seed(in, outside, stack, top, (height - 1) * width + x);
    }
    for (int y = 0; y < height; y++) {
      top = seed(in, outside, stack, top, y * width);
      top = seed(in, outside, stack, top, y * width + width - 1);
    }
    while (top > 0) {
      int p = stack[--top];
      int x = p % width;
      if (x > 0) {
        top = seed(in, outside, stack, top, p - 1);
      }
      if (x < width - 1) {
        top = seed(in, outside, stack, top, p + 1);
      }
      if (p >= width) {
        top = seed(in, outside, stack, top, p - width);
      }
      if (p + width < in.length) {
        top = seed(in, outside, stack, top, p + width);
      }
    }
    for (int i = 0; i < in.length; i++) {
      in[i] = !outside[i];
    }
  }

  private static int seed(boolean[] in, boolean[] outside, int[] stack, int top, int p) {
    if (!in[p] && !outside[p]) {
      outside[p] = true;
      stack[top++] = p;
    }
    return top;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mask m && m.width == width && m.height == height && Arrays.equals(m.inside, inside);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * width + height) + Arrays.hashCode(inside);
  }

  @Override
  public String toString() {
    return "Mask[" + width + "x" + height + ", " + areaPx() + " px]";
  }
}
