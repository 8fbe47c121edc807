package org.injectplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * {@code injectplan segment} on fluoroscopy (the XA path of {@link SegmentCommand}, kept apart from
 * the ultrasound tests): kind JOINT_SPACE, the contract keys plus centreLinePx and targetsPx, a
 * full-frame mask, and exit 2 with the reason when no joint space is found.
 */
class SegmentCommandXaTest {
  @TempDir
  static Path tmp;
  private static Path facet;

  private record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void generate() throws Exception {
    facet = SampleGenerator.generate(SampleCase.FACET_OBLIQUE_XA, 5, tmp, "facet-5").dicom();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void badInputAndNothingFoundAreExitTwoOnOneLine() {
    Run best = run("segment", facet.toString(), "--best-frame");
    assertEquals(2, best.status());
    assertTrue(best.err().startsWith("error: " + facet + ": --best-frame"), best.err());
    Run frame = run("segment", facet.toString(), "--frame", "1");
    assertEquals(2, frame.status());
    Run none = run("segment", facet.toString(), "--seed", "3,3");
    assertEquals(2, none.status());
    assertTrue(none.err().startsWith("error: " + facet + ": no joint space found: "), none.err());
    assertEquals(1, none.err().lines().count());
  }

  @Test
  void writesTheContractKeysTheCentreLineAndAFullFrameMask() throws Exception {
    Path mask = tmp.resolve("mask.png");
    Run r = run("segment", facet.toString(), "--mask", mask.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String key : List.of("frame", "areaMm2", "centroidPx", "bboxPx", "confidence", "kind", "centreLinePx",
        "targetsPx")) {
      assertTrue(j.has(key), "key " + key);
    }
    assertEquals("JOINT_SPACE", j.get("kind").asText());
    assertFalse(j.has("volume"), "no capsule volume from a projection");
    assertTrue(j.get("centreLinePx").size() > 10);
    assertTrue(j.get("targetsPx").size() >= 1);
    BufferedImage m = ImageIO.read(mask.toFile());
    assertEquals(512, m.getWidth());
    assertEquals(512, m.getHeight());
    int inside = 0;
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        inside += m.getRaster().getSample(x, y, 0) == 255 ? 1 : 0;
      }
    }
    assertEquals(j.get("areaPx").asInt(), inside);
    for (JsonNode t : j.get("targetsPx")) {
      assertEquals(255, m.getRaster().getSample((int) t.get(0).asDouble(), (int) t.get(1).asDouble(), 0),
          "a candidate target lies in the joint space");
    }
    JsonNode seed = j.get("targetsPx").get(0);
    Run seeded = run("segment", facet.toString(), "--seed", seed.get(0).asText() + "," + seed.get(1).asText());
    assertEquals(0, seeded.status(), seeded.err());
    assertEquals("JOINT_SPACE", new ObjectMapper().readTree(seeded.out()).get("kind").asText());
  }
}
