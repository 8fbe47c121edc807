package org.injectplan.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The key image as a lossless PDF image: 8-bit RGB samples, Flate-compressed at a fast level
 * without PNG predictors. PDFBox's LosslessFactory tries every predictor on every row, which
 * took most of the report's build time for a 1024 x 768 frame; a clinical image stays lossless.
 */
final class PdfImages {
  private PdfImages() {
  }

  static PDImageXObject lossless(PDDocument doc, BufferedImage img) throws IOException {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    byte[] rgb = new byte[3 * argb.length];
    for (int i = 0; i < argb.length; i++) {
      rgb[3 * i] = (byte) (argb[i] >> 16);
      rgb[3 * i + 1] = (byte) (argb[i] >> 8);
      rgb[3 * i + 2] = (byte) argb[i];
    }
    ByteArrayOutputStream deflated = new ByteArrayOutputStream(rgb.length / 2);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
      out.write(rgb);
    } finally {
      deflater.end();
    }
    return new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE, w, h, 8,
        PDDeviceRGB.INSTANCE);
  }
}
