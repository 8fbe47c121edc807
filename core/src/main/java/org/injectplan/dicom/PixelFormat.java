package org.injectplan.dicom;

/**
 * The Image Pixel module of a scan: the geometry and the sample layout of every frame, with
 * the byte counts computed without overflow.
 *
 * @param photometric Photometric Interpretation (0028,0004), e.g. MONOCHROME2, RGB, YBR_FULL_422
 * @param planarConfiguration 0 colour-by-pixel, 1 colour-by-plane (0028,0006)
 * @param signed Pixel Representation (0028,0103) is 1
 */
public record PixelFormat(
    int rows,
    int columns,
    int frames,
    int samplesPerPixel,
    int bitsAllocated,
    int bitsStored,
    int highBit,
    boolean signed,
    String photometric,
    int planarConfiguration) {

  /** Larger frames than this are refused: 2^31 - 1 bytes is the most a Java array holds. */
  public static final long MAX_FRAME_BYTES = Integer.MAX_VALUE - 8;

  public PixelFormat {
    if (rows <= 0 || columns <= 0) {
      throw new IllegalArgumentException("rows and columns must be positive: " + rows + " x " + columns);
    }
    if (frames <= 0) {
      throw new IllegalArgumentException("frames must be positive: " + frames);
    }
    if (samplesPerPixel != 1 && samplesPerPixel != 3) {
      throw new IllegalArgumentException("samples per pixel must be 1 or 3: " + samplesPerPixel);
    }
    if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
      throw new IllegalArgumentException("bits allocated must be 1, 8, 16 or 32: " + bitsAllocated);
    }
    if (bitsStored < 1 || bitsStored > bitsAllocated) {
      throw new IllegalArgumentException("bits stored " + bitsStored + " must be in 1.." + bitsAllocated);
    }
    if (highBit < bitsStored - 1 || highBit >= bitsAllocated) {
      throw new IllegalArgumentException("high bit " + highBit + " does not fit bits stored "
          + bitsStored + " in " + bitsAllocated + " bits");
    }
    if (samplesPerPixel == 3 && bitsAllocated != 8) {
      throw new IllegalArgumentException("colour with " + bitsAllocated + " bits allocated is not supported");
    }
    if (frameBytes(rows, columns, samplesPerPixel, bitsAllocated, photometric) > MAX_FRAME_BYTES) {
      throw new IllegalArgumentException("a frame of " + rows + " x " + columns + " x " + samplesPerPixel
          + " samples is larger than 2 GiB");
    }
  }

  public boolean isColour() {
    return samplesPerPixel == 3 || isPalette();
  }

  public boolean isPalette() {
    return "PALETTE COLOR".equals(photometric);
  }

  public boolean isMonochrome() {
    return samplesPerPixel == 1 && !isPalette();
  }

  public int pixels() {
    return rows * columns;
  }

  /** Bytes of one native frame (YBR_FULL_422 stores two samples a pixel). */
  public long frameBytes() {
    return frameBytes(rows, columns, samplesPerPixel, bitsAllocated, photometric);
  }

  /** Bytes of all native frames: bit-packed frames are not padded to a byte between frames. */
  public long totalBytes() {
    if (bitsAllocated == 1) {
      return ceilDiv(Math.multiplyExact((long) rows * columns, (long) frames), 8);
    }
    return Math.multiplyExact(frameBytes(), (long) frames);
  }

  private static long frameBytes(int rows, int columns, int samples, int bitsAllocated, String photometric) {
    long pixels = (long) rows * columns;
    if (bitsAllocated == 1) {
      return ceilDiv(pixels, 8);
    }
    long samplesPerFrame = "YBR_FULL_422".equals(photometric) && samples == 3 ? pixels * 2 : pixels * samples;
    return samplesPerFrame * (bitsAllocated / 8);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
