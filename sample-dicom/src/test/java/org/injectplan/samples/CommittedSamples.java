package org.injectplan.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The committed samples, found through the class path (the module's resources). */
final class CommittedSamples {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CommittedSamples() {
  }

  static Path root() {
    URL u = CommittedSamples.class.getResource("/org/injectplan/samples/knee-us/knee-us.dcm");
    if (u == null) {
      throw new IllegalStateException("the committed samples are not on the class path");
    }
    try {
      return Path.of(u.toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path folder(SampleCase c) {
    return root().resolve(c.id());
  }

  static Path dicom(SampleCase c) {
    return folder(c).resolve(c.id() + ".dcm");
  }

  static JsonNode plan(SampleCase c) throws IOException {
    return MAPPER.readTree(folder(c).resolve(c.id() + ".plan.json").toFile());
  }

  static JsonNode truth(SampleCase c) throws IOException {
    return MAPPER.readTree(folder(c).resolve(c.id() + ".truth.json").toFile());
  }

  static BufferedImage mask(SampleCase c, String kind, int frame) throws IOException {
    return CataloguePicture.readPng(folder(c).resolve(CaseFiles.maskName(kind, frame)));
  }

  static boolean inside(BufferedImage m, double x, double y) {
    int xi = (int) Math.floor(x);
    int yi = (int) Math.floor(y);
    return xi >= 0 && yi >= 0 && xi < m.getWidth() && yi < m.getHeight() && (m.getRGB(xi, yi) & 0xFF) == 255;
  }

  static int count(BufferedImage m) {
    int n = 0;
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        n += (m.getRGB(x, y) & 0xFF) == 255 ? 1 : 0;
      }
    }
    return n;
  }
}
