package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.injectplan.plan.Plan;
import org.injectplan.plan.TestPlans;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class ReportPdfTest {
  @TempDir
  Path tmp;

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static ReportPdf.Rendered render(String corpusName) throws Exception {
    Path file = TestPlans.corpus(corpusName);
    Plan plan = TestPlans.on(file);
    try (Scan scan = ScanLoader.open(file)) {
      var frame = scan.frame(plan.frame());
      BufferedImage key = KeyImage.render(frame, plan);
      IntensityProfile profile = IntensityProfile.along(frame, plan.entry(), plan.target(), plan.calibration());
      return ReportPdf.build(new ReportInput(plan, scan.identity(), false, Instant.parse("2026-01-02T03:04:05Z")),
          key, profile);
    }
  }

  static ReportPdf.Rendered render(Plan plan) throws Exception {
    try (Scan scan = ScanLoader.open(Path.of(plan.scan().file()))) {
      var frame = scan.frame(plan.frame());
      return ReportPdf.build(new ReportInput(plan, scan.identity(), false, Instant.parse("2026-01-02T03:04:05Z")),
          KeyImage.render(frame, plan), IntensityProfile.along(frame, plan.entry(), plan.target(), plan.calibration()));
    }
  }

  static final org.injectplan.plan.PlanCalibration AT_DETECTOR = new org.injectplan.plan.PlanCalibration(0.3, 0.3,
      org.injectplan.scan.CalibrationSource.IMAGER_PIXEL_SPACING, List.of());

  static List<String> pdfaFailures(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
        PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId() + ": " + a.getMessage())
          .distinct()
          .collect(Collectors.toList());
    }
  }

  @Test
  void aPdfWithoutOutputIntentIsNotPdfA() throws Exception {
    // The check must be able to fail: a bare PDFBox document is not PDF/A-2b.
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      assertTrue(!pdfaFailures(out.toByteArray()).isEmpty());
    }
  }

  @Test
  void greyUltrasoundReportIsPdfA2b() throws Exception {
    byte[] pdf = render(TestPlans.US_GREY).pdf();
    assertEquals(List.of(), pdfaFailures(pdf));
  }

  @Test
  void uncalibratedFluoroscopyReportIsPdfA2bAndShowsNoMillimetresForDepth() throws Exception {
    byte[] pdf = render(TestPlans.XA_UNCALIBRATED).pdf();
    assertEquals(List.of(), pdfaFailures(pdf));
    String text = text(pdf);
    assertTrue(text.contains("px (not calibrated)"), text);
    assertTrue(text.contains("not calibrated: pixels only"), text);
  }

  @Test
  void singleViewFluoroscopyReportIsPdfA2bAndSaysTheDepthIsUnknown() throws Exception {
    for (var cal : List.of(AT_DETECTOR, org.injectplan.plan.PlanCalibration.of(
        org.injectplan.scan.Calibration.none("test", List.of())))) {
      Plan plan = TestPlans.fluoro(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), cal, false);
      byte[] pdf = render(plan).pdf();
      assertEquals(List.of(), pdfaFailures(pdf));
      String text = text(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Target depth unknown (single view)"), text);
      assertTrue(text.contains("Path length unknown"), text);
      assertTrue(text.contains("Down the beam"), text);
      assertTrue(!text.matches("(?s).*Target depth 0[^-9].*"), "no zero depth: " + text);
      assertTrue(text.contains("Lost in needle dead space 0.09 mL"), text);
      assertTrue(text.contains("quoted range from animal studies, not a measurement"), text);
    }
  }

  @Test
  void biplaneFluoroscopyReportShowsDepthAndTriangulation() throws Exception {
    Plan plan = TestPlans.fluoro(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), AT_DETECTOR, true);
    byte[] pdf = render(plan).pdf();
    assertEquals(List.of(), pdfaFailures(pdf));
    String text = text(pdf).replaceAll("\\s+", " ");
    for (String needle : new String[] {"Target depth 48.5 mm", "Triangulated target (-7.9, 0.7, 4.5) mm",
        "Triangulation error 0.1 mm", "lateral.dcm", "Cells delivered in capsule " + KeyFigures.cells(plan.dose().toCapsule()),
        "Viable cells delivered 4.1 × 10^7 cells", "at the detector"}) {
      assertTrue(text.contains(needle), "missing: " + needle + " in\n" + text);
    }
  }

  @Test
  void fontsAreEmbeddedAndTheLengthIsEven() throws Exception {
    byte[] pdf = render(TestPlans.US_COLOUR).pdf();
    assertEquals(0, pdf.length % 2);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertTrue(f.isEmbedded(), f.getName());
        }
      }
    }
  }

  @Test
  void reportStatesFiguresSourcesAndWhatThePlanIs() throws Exception {
    String text = text(render(TestPlans.US_GREY).pdf()).replaceAll("\\s+", " ");
    for (String needle : new String[] {"Target depth", "mm", "ultrasound region (0018,6011)", "Needle angle",
        "Path length", "22G, 90 mm", "Minimum clearance", "2.00 mL", "Bolus fraction in capsule", "Cells delivered in capsule",
        "Intravenous comparison", "1.5–3.7%", "10.1089/scd.2008.0253", "Front Immunol", "Schafhalter-Zoppoth",
        "Maecken", "confirmed under live imaging", "largely investigational", "Sign-off", "Planned by",
        "Citizen^Jan", "Angle above 30°"}) {
      assertTrue(text.contains(needle), "missing: " + needle + " in\n" + text);
    }
  }

  @Test
  void rendersAndTheOverlayIsOnTheKeyImage() throws Exception {
    ReportPdf.Rendered r = render(TestPlans.US_GREY);
    Path pdf = tmp.resolve("r.pdf");
    Files.write(pdf, r.pdf());
    int dpi = 72;
    Process p = new ProcessBuilder("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f",
        Integer.toString(r.keyImagePage() + 1), "-l", Integer.toString(r.keyImagePage() + 1), "-singlefile",
        pdf.toString(), tmp.resolve("page").toString()).redirectErrorStream(true).start();
    assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
    BufferedImage page = ImageIO.read(tmp.resolve("page.png").toFile());
    var box = r.keyImageBox();
    int x0 = Math.round(box.x);
    int y0 = Math.round(page.getHeight() - box.y - box.height);
    int inside = saturated(page, x0, y0, Math.round(box.width), Math.round(box.height));
    int outside = saturated(page, 0, 0, page.getWidth(), page.getHeight()) - inside;
    // The grey scan has no saturated colour: every saturated pixel is overlay, on the image.
    assertTrue(inside > 200, "overlay pixels on the key image: " + inside);
    assertEquals(0, outside, "saturated pixels elsewhere on the page");
  }

  static int saturated(BufferedImage img, int x0, int y0, int w, int h) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
      for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 120) {
          n++;
        }
      }
    }
    return n;
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
