package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blanking burned-in text leaves the anatomy alone: no pixel of a truth mask inside the scan's
 * image regions is blanked. Outside the regions everything is blanked by design (the Sequence of
 * Ultrasound Regions is the scanner's statement of where the image is), so mask pixels there are
 * counted apart: on the usgra-seg fixtures, whose regions were written for testing from the
 * imaged rows, three frames (0055, 0196, 0203) have hand-drawn vessels or nerves reaching below
 * the region's last row into the dark deep field.
 */
class BurnedInTextTest {
  @TempDir
  Path dir;

  /** Mask pixels the remover turned black, inside and outside the scan's image regions. */
  record Blanked(long inside, long outside) {
    Blanked plus(Blanked o) {
      return new Blanked(inside + o.inside, outside + o.outside);
    }
  }

  static Blanked blanked(Path scanFile, Path mask) throws Exception {
    try (Scan scan = ScanLoader.open(scanFile)) {
      BufferedImage before = KeyImage.toRgb(scan.frame(0));
      BurnedInText.Outcome o = BurnedInText.remove(before, scan.calibration().regions(), scan.modality());
      List<Rectangle> regions = BurnedInText.imageRegions(scan.calibration().regions(), before.getWidth(),
          before.getHeight());
      BufferedImage m = ImageIO.read(mask.toFile());
      long inside = 0;
      long outside = 0;
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          boolean in = m.getRaster().getSample(x, y, 0) != 0;
          if (in && (before.getRGB(x, y) & 0xffffff) != 0 && (o.blanked().getRGB(x, y) & 0xffffff) == 0) {
            int px = x;
            int py = y;
            if (regions.isEmpty() || regions.stream().anyMatch(r -> r.contains(px, py))) {
              inside++;
            } else {
              outside++;
            }
          }
        }
      }
      return new Blanked(inside, outside);
    }
  }

  /** Since TextFinder.SHARP_EDGE; before, a bright echo on hip-us was read as a row of glyphs (729 capsule pixels). */
  @Test
  void samplesKeepTheirCapsule() throws Exception {
    for (SampleCase c : List.of(SampleCase.KNEE_US, SampleCase.SHOULDER_US, SampleCase.HIP_US)) {
      SampleGenerator.Written w = SampleGenerator.generate(c, 20240115, dir, c.name());
      Path mask = w.truth().getParent().resolve("masks/capsule-f00.png");
      assertEquals(new Blanked(0, 0), blanked(w.dicom(), mask), c + ": capsule pixels blanked");
    }
  }

  /**
   * Since TextFinder.SHARP_EDGE: nerves' fascicle walls and fascia were read as rows of glyphs on
   * 8 frames (10,525 pixels inside the regions).
   */
  @Test
  void realFramesKeepTheirNervesAndVessels() throws Exception {
    Path root = Path.of(System.getProperty("injectplan.realus"));
    assertTrue(Files.isDirectory(root), "real-us frames missing: " + root);
    Blanked sum = new Blanked(0, 0);
    long frames = 0;
    for (String line : Files.readAllLines(root.resolve("FILES.tsv"))) {
      String[] f = line.split("\t");
      if (!f[0].startsWith("usgra-seg/")) {
        continue;
      }
      sum = sum.plus(blanked(root.resolve(f[0]), root.resolve(f[1])));
      frames++;
    }
    assertTrue(frames > 100, "frames with masks: " + frames);
    assertEquals(0, sum.inside(), "nerve and vessel pixels inside the image regions blanked over " + frames
        + " frames");
    System.out.printf("burned-in text: %d frames, nerve/vessel pixels blanked inside the regions %d, outside them"
        + " (the fixtures' regions end above the drawing) %d%n", frames, sum.inside(), sum.outside());
  }
}
