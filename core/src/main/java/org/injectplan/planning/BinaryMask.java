package org.injectplan.planning;

import ij.process.ImageProcessor;
import java.util.Arrays;

/**
 * A binary mask over the full frame (a segmentation result, or a structure to avoid). Pixel
 * (x, y) covers [x, x+1) x [y, y+1); outside the frame nothing is inside.
 */
public final class BinaryMask {
  private final int width;
  private final int height;
  private final boolean[] inside;

  public BinaryMask(int width, int height, boolean[] inside) {
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

  /** Inside where the processor's value is above zero (mask PNGs: 255 inside, 0 outside). */
  public static BinaryMask of(ImageProcessor ip) {
    boolean[] in = new boolean[ip.getWidth() * ip.getHeight()];
    for (int i = 0; i < in.length; i++) {
      in[i] = ip.getf(i) > 0;
    }
    return new BinaryMask(ip.getWidth(), ip.getHeight(), in);
  }

  /**
   * Reads a mask image (PNG or any format ImageIO reads): inside where the first band is above 0.
   *
   * @throws java.io.IOException naming the file when it cannot be read as an image
   */
  public static BinaryMask read(java.nio.file.Path file) throws java.io.IOException {
    java.awt.image.BufferedImage img;
    try {
      img = javax.imageio.ImageIO.read(file.toFile());
    } catch (java.io.IOException | RuntimeException e) {
      throw new java.io.IOException(file + ": not a readable mask image (" + e.getMessage() + ")", e);
    }
    if (img == null) {
      throw new java.io.IOException(file + ": not a readable mask image");
    }
    java.awt.image.Raster r = img.getRaster();
    boolean[] in = new boolean[img.getWidth() * img.getHeight()];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        in[y * img.getWidth() + x] = r.getSample(x, y, 0) > 0;
      }
    }
    return new BinaryMask(img.getWidth(), img.getHeight(), in);
  }

  /** An empty mask. */
  public static BinaryMask empty(int width, int height) {
    return new BinaryMask(width, height, new boolean[width * height]);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public boolean get(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && inside[y * width + x];
  }

  /** True when the continuous position lies in an inside pixel. */
  public boolean contains(double x, double y) {
    return get((int) Math.floor(x), (int) Math.floor(y));
  }

  public int count() {
    int n = 0;
    for (boolean b : inside) {
      n += b ? 1 : 0;
    }
    return n;
  }

  public boolean isEmpty() {
    return count() == 0;
  }

  /** Inside pixels with an outside 4-neighbour, as {x0, y0, x1, y1, ...}. */
  public int[] boundary() {
    int[] out = new int[64];
    int n = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (get(x, y) && (!get(x - 1, y) || !get(x + 1, y) || !get(x, y - 1) || !get(x, y + 1))) {
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
  public BinaryMask or(BinaryMask other) {
    requireSameSize(other);
    boolean[] in = new boolean[inside.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = inside[i] || other.inside[i];
    }
    return new BinaryMask(width, height, in);
  }

  /** The mask mirrored left to right. */
  public BinaryMask mirrored() {
    boolean[] in = new boolean[inside.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        in[y * width + (width - 1 - x)] = inside[y * width + x];
      }
    }
    return new BinaryMask(width, height, in);
  }

  /** The mask turned a quarter turn: pixel (x, y) goes to (height - 1 - y, x). */
  public BinaryMask rotatedQuarter() {
    boolean[] in = new boolean[inside.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        in[x * height + (height - 1 - y)] = inside[y * width + x];
      }
    }
    return new BinaryMask(height, width, in);
  }

  private void requireSameSize(BinaryMask other) {
    if (other.width != width || other.height != height) {
      throw new IllegalArgumentException("mask sizes differ: " + width + "x" + height + " and " + other.width + "x"
          + other.height);
    }
  }
}
