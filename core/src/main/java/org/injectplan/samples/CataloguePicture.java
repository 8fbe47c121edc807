package org.injectplan.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.injectplan.io.AtomicOutput;
import org.injectplan.io.FramePng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * A catalogue picture of a sample: frame 0 as the loader reads it, with the truth contours
 * (capsule or joint space in cyan, an XA case's joint region in blue, structures to avoid in red,
 * bone in yellow), the reference path (entry to target, green) and the target (a green cross).
 * Drawn with ImageJ's pixel classes, headless.
 */
public final class CataloguePicture {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The outline of an XA case's joint region (the joint cavity's projection): blue. */
  private static final Color JOINT_REGION = new Color(40, 110, 255);

  private CataloguePicture() {
  }

  /** Writes {@code <dir>/<id>.png}; returns its path. */
  public static Path write(SampleGenerator.Written c, Path dir) throws IOException {
    ColorProcessor cp;
    try (Scan scan = ScanLoader.open(c.dicom())) {
      ImageProcessor ip = scan.frame(0);
      if (ip.getBitDepth() == 16) {
        ip.resetMinAndMax();
      }
      cp = ip.convertToColorProcessor();
    }
    Path folder = c.dicom().getParent();
    JsonNode truth = MAPPER.readTree(c.truth().toFile());
    boolean us = truth.has("perFrame");
    if (!us) {
      outline(cp, folder.resolve(CaseFiles.maskName("joint-region", 0)), JOINT_REGION);
    }
    outline(cp, folder.resolve(us ? CaseFiles.maskName("capsule", 0) : CaseFiles.maskName("joint-space", 0)), Color.CYAN);
    outline(cp, folder.resolve(CaseFiles.maskName("avoid", 0)), Color.RED);
    outline(cp, folder.resolve(CaseFiles.maskName("bone", 0)), Color.YELLOW);
    JsonNode plan = MAPPER.readTree(c.plan().toFile());
    double tx = plan.get("target").get("xPx").asDouble();
    double ty = plan.get("target").get("yPx").asDouble();
    cp.setColor(Color.GREEN);
    cp.setLineWidth(1);
    cp.drawLine((int) plan.get("entry").get("xPx").asDouble(), (int) plan.get("entry").get("yPx").asDouble(),
        (int) tx, (int) ty);
    cp.drawLine((int) tx - 6, (int) ty, (int) tx + 6, (int) ty);
    cp.drawLine((int) tx, (int) ty - 6, (int) tx, (int) ty + 6);
    Path out = dir.resolve(c.id() + ".png");
    AtomicOutput.write(out, true, o -> FramePng.write(cp, o));
    return out;
  }

  /** Paints the edge pixels of a mask (inside pixels with an outside 4-neighbour). */
  private static void outline(ColorProcessor cp, Path maskPng, Color colour) throws IOException {
    BufferedImage m = readPng(maskPng);
    int w = m.getWidth();
    int h = m.getHeight();
    int rgb = colour.getRGB();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (in(m, x, y) && (!in(m, x - 1, y) || !in(m, x + 1, y) || !in(m, x, y - 1) || !in(m, x, y + 1))) {
          cp.set(x, y, rgb);
        }
      }
    }
  }

  /** Reads a PNG with the PNG reader itself (other registered readers print while probing). */
  static BufferedImage readPng(Path png) throws IOException {
    javax.imageio.ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
    try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      r.setInput(in);
      return r.read(0);
    } finally {
      r.dispose();
    }
  }

  private static boolean in(BufferedImage m, int x, int y) {
    return x >= 0 && y >= 0 && x < m.getWidth() && y < m.getHeight() && (m.getRGB(x, y) & 0xFF) > 127;
  }
}
