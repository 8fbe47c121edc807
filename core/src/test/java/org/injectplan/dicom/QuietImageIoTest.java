package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.imageio.JPEGLosslessImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;

class QuietImageIoTest {

  @Test
  void aPngIsReadWithoutPixelMedsProbeLineOnceInstalled() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY), "png", png);
    IIORegistry.getDefaultInstance().registerServiceProvider(new JPEGLosslessImageReaderSpi(), ImageReaderSpi.class);

    assertTrue(readPrinting(png.toByteArray()).contains("canDecodeInput"),
        "registered, PixelMed's provider prints when ImageIO probes a PNG (what this class removes)");
    QuietImageIo.install();
    assertEquals("", readPrinting(png.toByteArray()));
    QuietImageIo.install(); // again: nothing left to remove, no failure
    assertFalse(providerRegistered(), "the provider is gone from the registry");
  }

  private static boolean providerRegistered() {
    var it = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
    while (it.hasNext()) {
      if (it.next().getClass().getName().equals(QuietImageIo.PIXELMED_LOSSLESS_SPI)) {
        return true;
      }
    }
    return false;
  }

  /** What reading the bytes with ImageIO prints on System.err. */
  private static String readPrinting(byte[] bytes) throws Exception {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)));
    } finally {
      System.setErr(before);
    }
    return err.toString(StandardCharsets.UTF_8);
  }
}
