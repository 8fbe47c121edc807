package org.injectplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knee ultrasound whose calibration is replaced, by dcmtk's dcmodify, with the placeholder a
 * converter writes (no Sequence of Ultrasound Regions, Pixel Spacing 1\1): info, segment, plan
 * and the report each carry the warning that names the field it gives; the source stays reported.
 */
class ImplausibleCalibrationTest {
  private static final String FIELD = "gives a field of 640 x 480 mm";
  @TempDir
  static Path tmp;
  private static Path placeholder;
  private static Path xray;

  private record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void make() throws Exception {
    Path knee = SampleGenerator.generate(SampleCase.KNEE_US, 5, tmp, "knee-us-5").dicom();
    placeholder = tmp.resolve("placeholder.dcm");
    Files.copy(knee, placeholder);
    Process p = new ProcessBuilder("dcmodify", "-nb", "-ea", "(0018,6011)", "-i", "(0028,0030)=1.0\\1.0",
        placeholder.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "dcmodify: " + log);
    Path spine = SampleGenerator.generate(SampleCase.SPINE_AP_XA, 5, tmp, "spine-ap-xa-5").dicom();
    xray = tmp.resolve("xray.dcm");
    Files.copy(spine, xray);
    Process q = new ProcessBuilder("dcmodify", "-nb", "-m", "(0018,1164)=1.5\\1.5", xray.toString())
        .redirectErrorStream(true).start();
    String qlog = new String(q.getInputStream().readAllBytes());
    assertTrue(q.waitFor(60, TimeUnit.SECONDS) && q.exitValue() == 0, "dcmodify: " + qlog);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void infoNamesTheFieldAndKeepsTheSource() throws Exception {
    Run text = run("info", placeholder.toString());
    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().contains("implausible calibration") && text.out().contains(FIELD), text.out());
    Run json = run("info", placeholder.toString(), "--json");
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertEquals("PIXEL_SPACING", j.get("calibration").get("source").asText());
    assertTrue(j.get("notes").toString().contains(FIELD), j.toString());
  }

  @Test
  void segmentWarnsOnItsErrorStreamAndInItsJson() throws Exception {
    Run r = run("segment", placeholder.toString(), "--seed", "387,189");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().startsWith("warning: " + placeholder + ": implausible calibration"), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertTrue(j.get("warnings").get(0).asText().contains(FIELD), j.toString());
  }

  /**
   * An ultrasound plan on the placeholder is refused (every path is hundreds of millimetres, longer
   * than any needle): the line names the file, as every other refusal does.
   */
  @Test
  void theUltrasoundPlanIsRefusedNamingTheFile() {
    Run r = run("plan", placeholder.toString(), "--joint", "knee", "--seed", "387,189", "--out",
        tmp.resolve("refused.json").toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().startsWith("warning: " + placeholder + ": implausible calibration"), r.err());
    assertTrue(r.err().contains("error: " + placeholder + ": no in-plane path"), r.err());
    assertTrue(!Files.exists(tmp.resolve("refused.json")), "no plan is written");
  }

  /**
   * On fluoroscopy (the ultrasound placeholder makes every path hundreds of millimetres long, so
   * no needle reaches and the plan is refused): Imager Pixel Spacing 1.5 mm at the detector, 1.10
   * mm in the patient after the SOD/SID correction, a 562 mm field.
   */
  @Test
  void thePlanAndItsReportCarryTheWarning() throws Exception {
    Path plan = tmp.resolve("plan.json");
    Run r = run("plan", xray.toString(), "--joint", "facet", "--target", "219.943,235.748", "--out",
        plan.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(plan.toFile());
    String first = j.get("warnings").get(0).asText();
    assertTrue(first.contains("gives a field of 562 x 562 mm") && first.contains("X-ray detector"), first);
    assertTrue(r.out().contains("implausible calibration"), r.out());
    Path pdf = tmp.resolve("plan.pdf");
    Run rep = run("report", plan.toString(), "--pdf", pdf.toString());
    assertEquals(0, rep.status(), rep.err());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("implausible calibration"), text);
    }
  }
}
