package org.injectplan.dicom;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.io.IOException;

/**
 * A JPEG-LS frame, decoded by {@link JpegLsDecoder}, as displayed values: stored values for
 * monochrome (8-bit or 16-bit processors), RGB for colour (YBR_FULL converted as dcmtk converts
 * native YBR_FULL, since dcmtk decompresses JPEG-LS to native pixels), palette indices looked up.
 */
final class JpegLsFrames {

  private JpegLsFrames() {
  }

  static ImageProcessor decode(byte[] frame, PixelFormat f, PaletteLut palette) throws IOException {
    JpegLsDecoder.Image img = JpegLsDecoder.decode(frame, f.columns(), f.rows(), f.samplesPerPixel());
    int w = f.columns();
    int h = f.rows();
    int n = w * h;
    if (img.precision() > f.bitsAllocated()) {
      throw new IOException("JPEG-LS samples of " + img.precision() + " bits in " + f.bitsAllocated()
          + "-bit pixels");
    }
    int[][] planes = img.planes();
    if (f.isPalette()) {
      int[] rgb = new int[n];
      for (int i = 0; i < n; i++) {
        rgb[i] = palette.rgb(planes[0][i]);
      }
      return new ColorProcessor(w, h, rgb);
    }
    if (planes.length == 3) {
      if (img.precision() > 8) {
        throw new IOException("colour JPEG-LS frames of " + img.precision() + " bits are not supported");
      }
      boolean ybr = f.photometric().startsWith("YBR");
      int[] rgb = new int[n];
      for (int i = 0; i < n; i++) {
        int a = planes[0][i];
        int b = planes[1][i];
        int c = planes[2][i];
        rgb[i] = ybr ? YbrConversion.nativeToRgb(a, b, c) : a << 16 | b << 8 | c;
      }
      return new ColorProcessor(w, h, rgb);
    }
    if (planes.length != 1) {
      throw new IOException("JPEG-LS frames of " + planes.length + " components are not supported");
    }
    int mask = (1 << f.bitsStored()) - 1;
    int[] s = planes[0];
    if (f.bitsAllocated() <= 8) {
      byte[] px = new byte[n];
      for (int i = 0; i < n; i++) {
        px[i] = (byte) (s[i] & mask);
      }
      return new ByteProcessor(w, h, px);
    }
    short[] px = new short[n];
    for (int i = 0; i < n; i++) {
      px[i] = (short) (s[i] & mask);
    }
    return new ShortProcessor(w, h, px, null);
  }
}
