package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ShortProcessor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import javax.imageio.ImageIO;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JointSpacePicturesTest {
  @TempDir
  Path tmp;

  /** 120 x 120: soft tissue 3000, two bone blocks (2400) either side of a gap in columns 57..64, rows 20..99; noise sigma 20. */
  private static ShortProcessor gap() {
    Random rnd = new Random(7);
    ShortProcessor sp = new ShortProcessor(120, 120);
    for (int y = 0; y < 120; y++) {
      for (int x = 0; x < 120; x++) {
        boolean bone = y >= 20 && y < 100 && x >= 35 && x < 86 && !(x >= 57 && x <= 64);
        sp.set(x, y, (int) Math.round((bone ? 2400 : 3000) + 20 * rnd.nextGaussian()));
      }
    }
    return sp;
  }

  @Test
  void writesFourFrameSizedPictures() throws Exception {
    Calibration cal = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.3, 0.3, "test");
    List<Path> out = JointSpacePictures.write(gap(), cal, OptionalDouble.of(90), Optional.empty(), tmp);
    assertEquals(4, out.size());
    for (Path p : out) {
      BufferedImage img = ImageIO.read(p.toFile());
      assertEquals(120, img.getWidth(), p.toString());
      assertEquals(120, img.getHeight(), p.toString());
    }
    BufferedImage result = ImageIO.read(out.get(3).toFile());
    assertTrue((result.getRGB(60, 45) & 0xffffff) == 0xffff00 || (result.getRGB(61, 45) & 0xffffff) == 0xffff00,
        "the centre line is drawn in the gap");
  }
}
