package org.injectplan.image;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.util.Arrays;

/**
 * A binary mask over the full frame, immutable: a segmentation's result, a structure to avoid, a
 * sample's truth. Pixel (x, y) covers [x, x+1) x [y, y+1) and its centre is (x + 0.5, y + 0.5);
 * outside the frame nothing is inside. Its PNG form (255 inside, 0 outside) is {@link MaskPng}'s.
 */
public final class Mask {
  private final int width;
  private final int height;
  private final boolean[] inside;
  /** {x0, y0, x1, y1} of the inside pixels, {} when none, null until first asked (computed once). */
  private volatile int[] bounds;

  /**
   * A mask of a copy of {@code inside} (row-major, true inside).
   *
   * @throws IllegalArgumentException when the size is not positive or does not match the values
   */
  public Mask(int width, int height, boolean[] inside) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("mask size must be positive: " + width + "x" + height);
    }
    if (inside == null || inside.length != width * height) {
      throw new IllegalArgumentException("mask holds " + (inside == null ? 0 : inside.length)
          + " values, not " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.inside = inside.clone();
  }

  /**
   * A mask that keeps {@code inside} itself (made here, so no one else holds it): no copy.
   *
   * @param bounds its exact bounds as {@link #bounds} caches them ({} when empty), or null to scan
   */
  private Mask(boolean[] inside, int width, int height, int[] bounds) {
    this.width = width;
    this.height = height;
    this.inside = inside;
    this.bounds = bounds;
  }

  /**
   * The mask that is {@code box} (row-major, {@code boxWidth x boxHeight}) over the box whose
   * top-left pixel is (x0, y0), and empty elsewhere: a result found in a part of the frame, made
   * without a second full-frame copy.
   *
   * @throws IllegalArgumentException when a size is not positive, the box does not match its
   *     values or does not lie inside the frame
   */
  public static Mask ofBox(int width, int height, int x0, int y0, int boxWidth, int boxHeight, boolean[] box) {
    if (width < 1 || height < 1 || boxWidth < 1 || boxHeight < 1 || box == null || box.length != boxWidth * boxHeight
        || x0 < 0 || y0 < 0 || x0 + boxWidth > width || y0 + boxHeight > height) {
      throw new IllegalArgumentException("box " + boxWidth + "x" + boxHeight + " at (" + x0 + ", " + y0 + ") of "
          + (box == null ? 0 : box.length) + " values does not fit a " + width + "x" + height + " mask");
    }
    boolean[] in = new boolean[width * height];
    for (int y = 0; y < boxHeight; y++) {
      System.arraycopy(box, y * boxWidth, in, (y0 + y) * width + x0, boxWidth);
    }
    int[] b = new Mask(box, boxWidth, boxHeight, null).scanBounds();
    return new Mask(in, width, height, b.length == 0 ? b : new int[] {b[0] + x0, b[1] + y0, b[2] + x0, b[3] + y0});
  }

  /** Inside where the processor's value is above zero (mask PNGs: 255 inside, 0 outside). */
  public static Mask of(ImageProcessor ip) {
    boolean[] in = new boolean[ip.getWidth() * ip.getHeight()];
    for (int i = 0; i < in.length; i++) {
      in[i] = ip.getf(i) > 0;
    }
    return new Mask(ip.getWidth(), ip.getHeight(), in);
  }

  /** An empty mask. */
  public static Mask empty(int width, int height) {
    return new Mask(width, height, new boolean[width * height]);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** A copy of the values, row-major, true inside. */
  public boolean[] inside() {
    return inside.clone();
  }

  public boolean get(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && inside[y * width + x];
  }

  /** True when the continuous position lies in an inside pixel. */
  public boolean contains(double x, double y) {
    return get((int) Math.floor(x), (int) Math.floor(y));
  }

  /** The number of inside pixels. */
  public int count() {
    int[] b = bounds();
    int n = 0;
    for (int y = b == null ? 0 : b[1]; b != null && y <= b[3]; y++) {
      for (int i = y * width + b[0]; i <= y * width + b[2]; i++) {
        n += inside[i] ? 1 : 0;
      }
    }
    return n;
  }

  public boolean isEmpty() {
    return bounds() == null;
  }

  /** {x0, y0, x1, y1} (inclusive) of the inside pixels, or null when there are none. */
  public int[] bounds() {
    int[] b = bounds;
    if (b == null) {
      b = scanBounds();
      bounds = b;
    }
    return b.length == 0 ? null : b.clone();
  }

  private int[] scanBounds() {
    int x0 = width;
    int y0 = height;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        if (inside[i]) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return x1 < 0 ? new int[0] : new int[] {x0, y0, x1, y1};
  }

  /** Centroid [x, y] of the inside pixels' centres, NaN for an empty mask. */
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

  /** 255 inside, 0 outside. */
  public ByteProcessor toByteProcessor() {
    byte[] px = new byte[inside.length];
    for (int i = 0; i < px.length; i++) {
      px[i] = inside[i] ? (byte) 255 : 0;
    }
    return new ByteProcessor(width, height, px);
  }

  /** The part of the mask in [x0, x1] x [y0, y1] (inclusive, inside the frame). */
  public Mask crop(int x0, int y0, int x1, int y1) {
    if (x0 < 0 || y0 < 0 || x1 >= width || y1 >= height || x1 < x0 || y1 < y0) {
      throw new IllegalArgumentException("crop [" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + "] outside "
          + width + "x" + height);
    }
    int w = x1 - x0 + 1;
    boolean[] in = new boolean[w * (y1 - y0 + 1)];
    for (int y = y0; y <= y1; y++) {
      System.arraycopy(inside, y * width + x0, in, (y - y0) * w, w);
    }
    return new Mask(w, y1 - y0 + 1, in);
  }

  /** Inside pixels with an outside 4-neighbour, as {x0, y0, x1, y1, ...}. */
  public int[] boundary() {
    int[] out = new int[64];
    int n = 0;
    int[] b = bounds();
    if (b == null) {
      return new int[0];
    }
    for (int y = b[1]; y <= b[3]; y++) {
      for (int x = b[0]; x <= b[2]; x++) {
        int i = y * width + x;
        if (inside[i] && (x == 0 || !inside[i - 1] || x == width - 1 || !inside[i + 1] || y == 0
            || !inside[i - width] || y == height - 1 || !inside[i + width])) {
          if (n + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = x;
          out[n++] = y;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The union with a mask of the same size. */
  public Mask or(Mask other) {
    if (other.width != width || other.height != height) {
      throw new IllegalArgumentException("mask sizes differ: " + width + "x" + height + " and " + other.width + "x"
          + other.height);
    }
    int[] b = other.bounds();
    boolean[] in = inside.clone();
    // Outside the other's bounds the union is this mask.
    for (int y = b == null ? 0 : b[1]; b != null && y <= b[3]; y++) {
      for (int i = y * width + b[0]; i <= y * width + b[2]; i++) {
        in[i] |= other.inside[i];
      }
    }
    // The bounds of a union are the union of the bounds.
    int[] a = bounds();
    int[] u = a == null ? b : b == null ? a : new int[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]),
        Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    return new Mask(in, width, height, u == null ? new int[0] : u);
  }

  /** The number of pixels inside both masks (0 when their sizes differ). */
  public int sharedCount(Mask other) {
    int[] a = bounds();
    int[] b = other.bounds();
    if (other.width != width || other.height != height || a == null || b == null) {
      return 0;
    }
    int n = 0;
    for (int y = Math.max(a[1], b[1]); y <= Math.min(a[3], b[3]); y++) {
      for (int i = y * width + Math.max(a[0], b[0]); i <= y * width + Math.min(a[2], b[2]); i++) {
        n += inside[i] && other.inside[i] ? 1 : 0;
      }
    }
    return n;
  }

  /** The mask mirrored left to right. */
  public Mask mirrored() {
    boolean[] in = new boolean[inside.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        in[y * width + (width - 1 - x)] = inside[y * width + x];
      }
    }
    return new Mask(width, height, in);
  }

  /** The mask turned a quarter turn: pixel (x, y) goes to (height - 1 - y, x). */
  public Mask rotatedQuarter() {
    boolean[] in = new boolean[inside.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        in[x * height + (height - 1 - y)] = inside[y * width + x];
      }
    }
    return new Mask(height, width, in);
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
    return "Mask[" + width + "x" + height + ", " + count() + " px]";
  }
}
