package org.injectplan.io;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * A frame as PNG with its values unchanged: 8-bit grey, 16-bit grey, or 8-bit RGB. ImageJ's
 * display range and lookup table are not applied.
 */
public final class FramePng {
  private FramePng() {
  }

  public static void write(ImageProcessor ip, OutputStream out) throws IOException {
    if (!ImageIO.write(toImage(ip), "png", out)) {
      throw new IOException("no PNG writer");
    }
  }

  /** Whether the frame's values fit a PNG unchanged (32-bit frames only when 0..65535 integers). */
  public static boolean fits(ImageProcessor ip) {
    if (!(ip instanceof ij.process.FloatProcessor)) {
      return true;
    }
    for (float v : (float[]) ip.getPixels()) {
      if (v < 0 || v > 65535 || v != Math.rint(v)) {
        return false;
      }
    }
    return true;
  }

  static BufferedImage toImage(ImageProcessor ip) {
    int w = ip.getWidth();
    int h = ip.getHeight();
    if (ip instanceof ColorProcessor) {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      int[] dst = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
      int[] src = (int[]) ip.getPixels();
      for (int i = 0; i < src.length; i++) {
        dst[i] = src[i] & 0xFFFFFF;
      }
      return img;
    }
    if (ip instanceof ByteProcessor) {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
      byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
      System.arraycopy((byte[]) ip.getPixels(), 0, dst, 0, w * h);
      return img;
    }
    if (ip instanceof ShortProcessor) {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
      short[] dst = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
      System.arraycopy((short[]) ip.getPixels(), 0, dst, 0, w * h);
      return img;
    }
    if (ip instanceof ij.process.FloatProcessor) {
      float[] src = (float[]) ip.getPixels();
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
      short[] dst = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
      for (int i = 0; i < src.length; i++) {
        if (src[i] < 0 || src[i] > 65535 || src[i] != Math.rint(src[i])) {
          throw new IllegalArgumentException("32-bit value " + src[i] + " at pixel " + i
              + " does not fit a 16-bit PNG");
        }
        dst[i] = (short) src[i];
      }
      return img;
    }
    throw new IllegalArgumentException("cannot write " + ip.getClass().getSimpleName() + " as PNG");
  }
}
