package org.injectplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code injectplan segment}: the keys of DESIGN.md, the mask PNG, exit statuses and one-line errors. */
class SegmentCommandTest {
  @TempDir
  static Path tmp;
  private static Path knee;
  private static Path cine;

  private record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void generate() throws Exception {
    knee = SampleGenerator.generate(SampleCase.KNEE_US, 5, tmp, "knee-us-5").dicom();
    cine = SampleGenerator.generate(SampleCase.HIP_CINE, 5, tmp, "hip-cine-5").dicom();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void badInputIsExitTwoOnOneLine() {
    Run frame = run("segment", knee.toString(), "--frame", "4");
    assertEquals(2, frame.status());
    assertTrue(frame.err().startsWith("error: " + knee + ": frame 4 does not exist"), frame.err());
    Run seed = run("segment", knee.toString(), "--seed", "1,2,3");
    assertEquals(2, seed.status());
    Run outside = run("segment", knee.toString(), "--seed", "2,2");
    assertEquals(2, outside.status());
    assertTrue(outside.err().contains("outside the ultrasound region"), outside.err());
    assertEquals(1, outside.err().lines().count());
    assertEquals(2, run("segment", knee.toString(), "--frame", "0", "--best-frame").status());
  }

  @Test
  void noCapsuleIsExitTwoWithTheReason() {
    Path echo = Path.of(System.getProperty("injectplan.corpus"), "real", "YBR_FULL-RLE_US.dcm");
    Run r = run("segment", echo.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("error: " + echo + ": no capsule found: "), r.err());
    assertEquals(1, r.err().lines().count());
  }

  @Test
  void writesTheContractKeysAndAFullFrameMask() throws Exception {
    Path mask = tmp.resolve("mask.png");
    Path json = tmp.resolve("seg.json");
    Run r = run("segment", knee.toString(), "--mask", mask.toString(), "--json", json.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    for (String key : List.of("frame", "areaMm2", "centroidPx", "bboxPx", "confidence", "kind")) {
      assertTrue(j.has(key), "key " + key);
    }
    assertEquals("CAPSULE_FLUID", j.get("kind").asText());
    assertEquals(4, j.get("bboxPx").size());
    BufferedImage m = ImageIO.read(mask.toFile());
    assertEquals(640, m.getWidth());
    assertEquals(480, m.getHeight());
    int inside = 0;
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        int v = m.getRaster().getSample(x, y, 0);
        assertTrue(v == 0 || v == 255, "mask value " + v);
        inside += v == 255 ? 1 : 0;
      }
    }
    assertEquals(j.get("areaPx").asInt(), inside);
    int cx = (int) j.get("centroidPx").get(0).asDouble();
    int cy = (int) j.get("centroidPx").get(1).asDouble();
    assertEquals(255, m.getRaster().getSample(cx, cy, 0), "a recess's centroid lies in its fluid");
    assertEquals(2, run("segment", knee.toString(), "--json", json.toString()).status(), "no overwrite without --force");
  }

  @Test
  void bestFrameSaysWhyAndGivesTheAreaOfEveryFrame() throws Exception {
    Run r = run("segment", cine.toString(), "--best-frame");
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(12, j.get("framesAreaMm2").size());
    assertTrue(j.get("bestFrameReason").asText().startsWith("frame " + j.get("frame").asInt() + ": most distended"),
        j.get("bestFrameReason").asText());
    assertTrue(j.get("volume").get("model").asText().contains("ellipsoid"));
  }
}
