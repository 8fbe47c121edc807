package org.injectplan.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.injectplan.dicom.QuietImageIo;
import org.injectplan.io.FramePng;

/**
 * A {@link Mask} as an image file: written as an 8-bit grey PNG, 255 inside and 0 outside (the
 * command line's {@code segment} masks, the samples' truth masks); read from a PNG (or any image
 * ImageIO reads) as inside where the first band is above 0.
 */
public final class MaskPng {
  private MaskPng() {
  }

  /**
   * Reads a mask image.
   *
   * @throws IOException naming the file when it cannot be read as an image
   */
  public static Mask read(Path file) throws IOException {
    BufferedImage img;
    try {
      QuietImageIo.install();
      img = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a readable mask image (" + e.getMessage() + ")", e);
    }
    if (img == null) {
      throw new IOException(file + ": not a readable mask image");
    }
    Raster r = img.getRaster();
    boolean[] in = new boolean[img.getWidth() * img.getHeight()];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        in[y * img.getWidth() + x] = r.getSample(x, y, 0) > 0;
      }
    }
    return new Mask(img.getWidth(), img.getHeight(), in);
  }

  /** Writes the mask as an 8-bit grey PNG, 255 inside, 0 outside. */
  public static void write(Mask mask, OutputStream out) throws IOException {
    FramePng.write(mask.toByteProcessor(), out);
  }
}
