package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskPngTest {
  @TempDir
  Path tmp;

  @Test
  void aFileThatIsNotAnImageIsRefusedByName() throws Exception {
    Path notPng = tmp.resolve("x.png");
    Files.writeString(notPng, "not an image");
    IOException e = assertThrows(IOException.class, () -> MaskPng.read(notPng));
    assertTrue(e.getMessage().startsWith(notPng.toString()), e.getMessage());
  }

  @Test
  void aWrittenMaskReadsBackTheSame() throws Exception {
    java.util.Random rnd = new java.util.Random(20261202L);
    boolean[] in = new boolean[37 * 23];
    for (int i = 0; i < in.length; i++) {
      in[i] = rnd.nextDouble() < 0.3;
    }
    Mask m = new Mask(37, 23, in);
    Path png = tmp.resolve("m.png");
    try (OutputStream out = Files.newOutputStream(png)) {
      MaskPng.write(m, out);
    }
    Mask back = MaskPng.read(png);
    assertEquals(m, back);
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(java.awt.image.BufferedImage.TYPE_BYTE_GRAY, img.getType(), "8-bit grey");
    int first = in[0] ? 255 : 0;
    assertEquals(first, img.getRaster().getSample(0, 0, 0), "255 inside, 0 outside");
  }
}
