package org.injectplan.plan.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.injectplan.report.IntensityProfile;
import org.injectplan.report.KeyImage;
import org.injectplan.report.ReportInput;
import org.injectplan.report.ReportPdf;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/** {@code injectplan report} runs the checks of {@code verify} and refuses what fails them (issue 13.1). */
class ReportRefusesTest {
  static String pdfText(byte[] pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void anEditedPlanIsRefusedWithExit2AndNothingWritten() throws Exception {
    VerifyCommandTest.makePlan();
    for (String[] c : new String[][] {{"depthMm", "99"}, {"angleDeg", "40"}, {"minClearanceMm", "30"}}) {
      Path p = VerifyCommandTest.edited("report-" + c[0], r -> r.put(c[0], Double.parseDouble(c[1])));
      Path pdf = VerifyCommandTest.dir.resolve("refused-" + c[0] + ".pdf");
      VerifyCommandTest.Result r = VerifyCommandTest.run("report", p.toString(), "--pdf", pdf.toString(), "--scan",
          VerifyCommandTest.SCAN.toString());
      VerifyCommandTest.assertRefused(r, p.toString() + ": the plan does not verify", c[0] + " stated " + c[1]);
      assertFalse(Files.exists(pdf), "no report of a refused plan");
    }
  }

  @Test
  void theReportOfAVerifiedPlanSaysWhatWasCheckedOnThePage() throws Exception {
    VerifyCommandTest.makePlan();
    Path pdf = VerifyCommandTest.dir.resolve("checked.pdf");
    VerifyCommandTest.Result r = VerifyCommandTest.run("report", VerifyCommandTest.plan.toString(), "--pdf",
        pdf.toString(), "--scan", VerifyCommandTest.SCAN.toString());
    assertEquals(0, r.exit(), r.err());
    String text = pdfText(Files.readAllBytes(pdf));
    assertTrue(text.contains("re-derived from the plan's geometry and calibration and checked against the scan"
        + " (calibration, UIDs, frame, digests): all hold"), text);
    org.injectplan.plan.Provenance made = PlanJson.read(VerifyCommandTest.plan).provenance();
    assertTrue(text.contains("Software: InjectPlan " + made.softwareVersion() + "; plan made by InjectPlan "
        + made.softwareVersion() + ", " + made.createdUtc()), text);
    Path json = VerifyCommandTest.dir.resolve("checked.json");
    VerifyCommandTest.Result again = VerifyCommandTest.run("report", VerifyCommandTest.plan.toString(), "--pdf",
        pdf.toString(), "--json", json.toString(), "--force", "--scan", VerifyCommandTest.SCAN.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(java.util.List.of(), org.injectplan.plan.PlanSchema.errors(json), "the reported plan: schema");
    String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(json))).substring(0, 12);
    assertTrue(pdfText(Files.readAllBytes(pdf)).contains("Plan SHA-256: " + digest + "."), "short digest " + digest);
  }

  @Test
  void aPageMadeWithoutTheChecksSaysTheFiguresCouldNotBeChecked() throws Exception {
    VerifyCommandTest.makePlan();
    Plan plan = PlanJson.read(VerifyCommandTest.plan);
    try (Scan scan = ScanLoader.open(VerifyCommandTest.SCAN)) {
      byte[] pdf = ReportPdf.build(new ReportInput(plan, scan.identity(), false, Instant.EPOCH),
          KeyImage.render(scan.frame(0), plan),
          IntensityProfile.along(scan.frame(0), plan.entry(), plan.target(), plan.calibration())).pdf();
      assertTrue(pdfText(pdf).contains("The figures could not be checked against the scan"), pdfText(pdf));
    }
  }
}
