package org.injectplan.dicom;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Native (uncompressed) frame bytes to the displayed pixel values: stored values for
 * monochrome (MONOCHROME1 is not inverted; bits above the high bit are masked off), RGB for
 * colour (YBR converted, palette looked up). 32-bit monochrome (dose grids, parametric maps)
 * becomes a 32-bit float image of the stored integers, exact up to 2^24.
 */
public final class NativePixels {

  private NativePixels() {
  }

  /**
   * @param data the frame's bytes, starting at {@code offset}
   * @param bitOffset for 1-bit frames, the bit at which the frame starts
   */
  public static ImageProcessor toProcessor(byte[] data, int offset, long bitOffset, PixelFormat f,
      boolean bigEndian, PaletteLut lut) {
    int w = f.columns();
    int h = f.rows();
    if (f.isPalette()) {
      if (lut == null) {
        throw new IllegalArgumentException("PALETTE COLOR image without a palette");
      }
      int[] rgb = new int[f.pixels()];
      for (int i = 0; i < rgb.length; i++) {
        rgb[i] = lut.rgb(stored(data, offset, i, f, bigEndian));
      }
      return new ColorProcessor(w, h, rgb);
    }
    if (f.samplesPerPixel() == 3) {
      return new ColorProcessor(w, h, colour(data, offset, f));
    }
    if (f.bitsAllocated() == 1) {
      byte[] px = new byte[f.pixels()];
      for (int i = 0; i < px.length; i++) {
        long bit = bitOffset + i;
        px[i] = (byte) ((data[offset + (int) (bit >>> 3)] >> (bit & 7)) & 1);
      }
      return new ByteProcessor(w, h, px);
    }
    if (f.bitsAllocated() == 8) {
      byte[] px = new byte[f.pixels()];
      for (int i = 0; i < px.length; i++) {
        px[i] = (byte) stored(data, offset, i, f, bigEndian);
      }
      return new ByteProcessor(w, h, px);
    }
    if (f.bitsAllocated() == 32) {
      float[] px = new float[f.pixels()];
      for (int i = 0; i < px.length; i++) {
        px[i] = stored32(data, offset + 4 * i, f, bigEndian);
      }
      return new FloatProcessor(w, h, px);
    }
    short[] px = new short[f.pixels()];
    for (int i = 0; i < px.length; i++) {
      px[i] = (short) stored(data, offset, i, f, bigEndian);
    }
    return new ShortProcessor(w, h, px, null);
  }

  private static float stored32(byte[] d, int p, PixelFormat f, boolean bigEndian) {
    long raw = bigEndian
        ? (d[p] & 0xFFL) << 24 | (d[p + 1] & 0xFFL) << 16 | (d[p + 2] & 0xFFL) << 8 | (d[p + 3] & 0xFFL)
        : (d[p] & 0xFFL) | (d[p + 1] & 0xFFL) << 8 | (d[p + 2] & 0xFFL) << 16 | (d[p + 3] & 0xFFL) << 24;
    int shift = f.highBit() + 1 - f.bitsStored();
    long v = (raw >>> shift) & ((1L << f.bitsStored()) - 1);
    if (f.signed() && f.bitsStored() < 64 && (v & (1L << (f.bitsStored() - 1))) != 0) {
      v -= 1L << f.bitsStored();
    }
    return v;
  }

  /** The stored value of pixel {@code i} (one sample a pixel), its bits moved down from the high bit. */
  static int stored(byte[] data, int offset, int i, PixelFormat f, boolean bigEndian) {
    int raw;
    if (f.bitsAllocated() == 8) {
      raw = data[offset + i] & 0xFF;
    } else {
      int p = offset + 2 * i;
      raw = bigEndian ? (data[p] & 0xFF) << 8 | (data[p + 1] & 0xFF) : (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
    }
    int shift = f.highBit() + 1 - f.bitsStored();
    return (raw >>> shift) & ((1 << f.bitsStored()) - 1);
  }

  private static int[] colour(byte[] d, int off, PixelFormat f) {
    int n = f.pixels();
    int[] rgb = new int[n];
    String pi = f.photometric();
    if ("YBR_FULL_422".equals(pi)) {
      // Two luminance samples share one Cb and one Cr: Y0 Y1 Cb Cr.
      for (int i = 0; i < n; i += 2) {
        int p = off + 2 * i;
        int cb = d[p + 2] & 0xFF;
        int cr = d[p + 3] & 0xFF;
        rgb[i] = YbrConversion.native422ToRgb(d[p] & 0xFF, cb, cr);
        if (i + 1 < n) {
          rgb[i + 1] = YbrConversion.native422ToRgb(d[p + 1] & 0xFF, cb, cr);
        }
      }
      return rgb;
    }
    boolean ybr = "YBR_FULL".equals(pi);
    boolean planar = f.planarConfiguration() == 1;
    for (int i = 0; i < n; i++) {
      int a;
      int b;
      int c;
      if (planar) {
        a = d[off + i] & 0xFF;
        b = d[off + n + i] & 0xFF;
        c = d[off + 2 * n + i] & 0xFF;
      } else {
        a = d[off + 3 * i] & 0xFF;
        b = d[off + 3 * i + 1] & 0xFF;
        c = d[off + 3 * i + 2] & 0xFF;
      }
      rgb[i] = ybr ? YbrConversion.nativeToRgb(a, b, c) : a << 16 | b << 8 | c;
    }
    return rgb;
  }
}
