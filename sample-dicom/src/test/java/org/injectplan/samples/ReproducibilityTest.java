package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regenerating with the committed seed gives byte-identical DICOM and JSON files and identical
 * mask pixels (PNG bytes depend on the JDK's encoder, so masks are compared decoded); another seed
 * changes the pixels.
 */
class ReproducibilityTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = {"KNEE_US", "HIP_CINE", "FACET_OBLIQUE_XA", "SPINE_AP_XA", "KNEE_US_NEEDLE"})
  void committedSeedRegeneratesIdenticalFiles(SampleCase c) throws Exception {
    SampleGenerator.generate(c, SampleGenerator.DEFAULT_SEED, tmp, c.id());
    Path fresh = tmp.resolve(c.id());
    Path committed = CommittedSamples.folder(c);
    for (String f : new String[] {c.id() + ".dcm", c.id() + ".plan.json", c.id() + ".truth.json"}) {
      assertArrayEquals(Files.readAllBytes(committed.resolve(f)), Files.readAllBytes(fresh.resolve(f)), f);
    }
    String[] kinds = c.isUltrasound() ? new String[] {"capsule", "avoid", "bone"}
        : new String[] {"joint-space", "joint-region", "avoid", "bone"};
    for (String k : kinds) {
      for (int frame = 0; frame < c.frames(); frame++) {
        String name = CaseFiles.maskName(k, frame);
        assertArrayEquals(pixels(CataloguePicture.readPng(committed.resolve(name))),
            pixels(CataloguePicture.readPng(fresh.resolve(name))), name);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = {"KNEE_US", "FACET_OBLIQUE_XA"})
  void anotherSeedChangesThePixels(SampleCase c) throws Exception {
    SampleGenerator.generate(c, SampleGenerator.DEFAULT_SEED + 1, tmp, c.id());
    try (Scan a = ScanLoader.open(CommittedSamples.dicom(c)); Scan b = ScanLoader.open(tmp.resolve(c.id()).resolve(c.id() + ".dcm"))) {
      ImageProcessor pa = a.frame(0);
      ImageProcessor pb = b.frame(0);
      assertFalse(Arrays.equals(pixelsOf(pa), pixelsOf(pb)), "a different seed must give different pixels");
      assertFalse(a.identity().sopInstanceUid().equals(b.identity().sopInstanceUid()), "and a different UID");
    }
  }

  private static int[] pixels(BufferedImage m) {
    return m.getRGB(0, 0, m.getWidth(), m.getHeight(), null, 0, m.getWidth());
  }

  private static int[] pixelsOf(ImageProcessor ip) {
    int[] out = new int[ip.getPixelCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ip.get(i);
    }
    return out;
  }
}
