package org.injectplan.planning;

import ij.process.ImageProcessor;
import java.util.Arrays;
import org.injectplan.segment.MaskMoments;

/**
 * A binary mask over the full frame (a segmentation result, or a structure to avoid). Pixel
 * (x, y) covers [x, x+1) x [y, y+1); outside the frame nothing is inside.
 */
public final class BinaryMask {
  private final int width;
  private final int height;
  private final boolean[] inside;
  /** {x0, y0, x1, y1} of the inside pixels, {} when none, null until first asked (immutable mask: computed once). */
  private int[] bounds;

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

  /**
   * A mask that takes {@code inside} as it is (no copy: the caller gives it up) with its bounds
   * already known ({x0, y0, x1, y1}, or {} when empty), for masks made in this package.
   */
  static BinaryMask owning(int width, int height, boolean[] inside, int[] bounds) {
    BinaryMask m = new BinaryMask(width, height, inside, false);
    m.bounds = bounds.clone();
    return m;
  }

  private BinaryMask(int width, int height, boolean[] inside, boolean copy) {
    if (width < 1 || height < 1 || inside == null || inside.length != width * height) {
      throw new IllegalArgumentException("mask size must be positive and match its values: " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.inside = copy ? inside.clone() : inside;
  }

  /** The ellipse of this mask's second moments at the scale's pixel size ({@link MaskMoments}). */
  public MaskMoments moments(PixelScale scale) {
    return MaskMoments.of(width, height, inside, scale.mmPerPixelX(), scale.mmPerPixelY());
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
      org.injectplan.dicom.QuietImageIo.install();
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

  /** The part of the mask in [x0, x1] x [y0, y1] (inclusive, inside the frame). */
  public BinaryMask crop(int x0, int y0, int x1, int y1) {
    if (x0 < 0 || y0 < 0 || x1 >= width || y1 >= height || x1 < x0 || y1 < y0) {
      throw new IllegalArgumentException("crop [" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + "] outside "
          + width + "x" + height);
    }
    int w = x1 - x0 + 1;
    boolean[] in = new boolean[w * (y1 - y0 + 1)];
    for (int y = y0; y <= y1; y++) {
      System.arraycopy(inside, y * width + x0, in, (y - y0) * w, w);
    }
    return new BinaryMask(w, y1 - y0 + 1, in);
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
