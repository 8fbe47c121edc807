package org.injectplan.dicom;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Takes PixelMed's JPEG-lossless reader out of ImageIO's service registry. Its provider answers
 * ImageIO's "can you read this stream?" by printing {@code JPEGLosslessImageReaderSpi.canDecodeInput()
 * = false} on System.err, and ImageIO asks every registered provider whenever anything in the JVM
 * opens an image by content: our PNG masks, and ImageJ opening a TIFF once the plugin's jar has
 * been scanned. {@link CodecFrames} creates its readers directly and never looks them up, so the
 * registration serves nothing; removing it ends the noise without losing a format.
 */
public final class QuietImageIo {
  static final String PIXELMED_LOSSLESS_SPI = "com.pixelmed.imageio.JPEGLosslessImageReaderSpi";

  private QuietImageIo() {
  }

  /** Removes the provider from the registry of this application context; safe to call again. */
  public static synchronized void install() {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    List<ImageReaderSpi> noisy = new ArrayList<>();
    for (Iterator<ImageReaderSpi> it = registry.getServiceProviders(ImageReaderSpi.class, false); it.hasNext();) {
      ImageReaderSpi spi = it.next();
      if (spi.getClass().getName().equals(PIXELMED_LOSSLESS_SPI)) {
        noisy.add(spi);
      }
    }
    noisy.forEach(spi -> registry.deregisterServiceProvider(spi, ImageReaderSpi.class));
  }
}
