package org.injectplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md: keys, exit statuses, one-line errors. */
class MainTest {
  @TempDir
  Path tmp;

  private record Run(int status, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private static Path corpus(String name) {
    return Path.of(System.getProperty("injectplan.corpus"), "real", name);
  }

  @Test
  void aMissingFileIsBadInputOnOneLine() {
    Path missing = tmp.resolve("missing.dcm");
    Run r = run("info", missing.toString());
    assertEquals(2, r.status());
    assertEquals("error: " + missing + ": no such file\n", r.err());
  }

  @Test
  void unknownOptionsAndBadFramesAreBadInput() {
    assertEquals(2, run("info", "--nonsense", "x.dcm").status());
    Run r = run("decode", corpus("US1_RLE.dcm").toString(), "--frame", "3", "--png", tmp.resolve("a.png").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("error: " + corpus("US1_RLE.dcm") + ": frame 3 does not exist"), r.err());
  }

  @Test
  void infoJsonHasTheContractKeys() throws Exception {
    Run r = run("info", corpus("YBR_FULL-RLE_US.dcm").toString(), "--json");
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String key : List.of("modality", "sopClassUid", "transferSyntaxUid", "rows", "columns", "frames",
        "photometric", "bitsStored", "frameTimeMs", "calibration")) {
      assertTrue(j.has(key), "key " + key);
    }
    assertEquals("US", j.get("modality").asText());
    assertEquals(480, j.get("rows").asInt());
    assertEquals(640, j.get("columns").asInt());
    JsonNode c = j.get("calibration");
    assertEquals("US_REGION", c.get("source").asText());
    assertEquals(0.095367851806373558, c.get("mmPerPixelX").asDouble(), 1e-12);
    assertEquals(4, c.get("region").size());
  }

  @Test
  void uncalibratedScansReportNoMillimetres() throws Exception {
    JsonNode c = new ObjectMapper().readTree(run("info", corpus("US1_RLE.dcm").toString(), "--json").out())
        .get("calibration");
    assertEquals("NONE", c.get("source").asText());
    assertTrue(c.get("mmPerPixelX").isNull());
  }

  @Test
  void decodeWritesSixteenBitStoredValues() throws Exception {
    Path png = tmp.resolve("xa.png");
    Run r = run("decode", corpus("XA1_RLE.dcm").toString(), "--png", png.toString());
    assertEquals(0, r.status(), r.err());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(BufferedImage.TYPE_USHORT_GRAY, img.getType());
    try (Scan scan = ScanLoader.open(corpus("XA1_RLE.dcm"))) {
      var frame = scan.frame(0);
      int max = 0;
      for (int i = 0; i < frame.getPixelCount(); i += 97) {
        int v = img.getRaster().getSample(i % 1024, i / 1024, 0);
        assertEquals(frame.get(i), v, "pixel " + i);
        max = Math.max(max, v);
      }
      assertTrue(max < 1024, "10-bit stored values, not scaled: " + max);
    }
  }

  @Test
  void decodeWritesColourAsRgbAndKeepsExistingFiles() throws Exception {
    Path png = tmp.resolve("colour.png");
    assertEquals(0, run("decode", corpus("US-PAL-8-10x-echo.dcm").toString(), "--frame", "9", "--png",
        png.toString()).status());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(600, img.getWidth());
    assertEquals(3, img.getRaster().getNumBands());
    long before = Files.getLastModifiedTime(png).toMillis();
    Run again = run("decode", corpus("US-PAL-8-10x-echo.dcm").toString(), "--png", png.toString());
    assertEquals(2, again.status());
    assertTrue(again.err().contains("use --force"), again.err());
    assertEquals(before, Files.getLastModifiedTime(png).toMillis());
    assertEquals(0, run("decode", corpus("US-PAL-8-10x-echo.dcm").toString(), "--png", png.toString(),
        "--force").status());
  }

  @Test
  void refusedScansLeaveNoOutput() {
    Path png = tmp.resolve("never.png");
    Run r = run("decode", corpus("will-jxl_US_cine_JPEGXL.dcm").toString(), "--png", png.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("unsupported transfer syntax 1.2.840.10008.1.2.4.111"), r.err());
    assertFalse(Files.exists(png));
  }

  @Test
  void demoSegmentsPlansAndReportsTheKneeSample() throws Exception {
    Run r = run("demo", "--out", tmp.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("US_REGION"), r.out());
    assertTrue(r.out().contains("capsule (automatic)"), r.out());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("depth ([0-9.]+) mm vs ([0-9.]+) mm").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)), 1.0,
        "the planned depth agrees with the reference plan's");
    assertTrue(Files.size(tmp.resolve("knee-us-plan.json")) > 0);
    assertTrue(Files.size(tmp.resolve("knee-us").resolve("knee-us.dcm")) > 0);
    byte[] pdf = Files.readAllBytes(tmp.resolve("knee-us-plan.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
  }
}
