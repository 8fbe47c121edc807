package org.injectplan.report;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.ScanIdentity;

/**
 * The PDF/A-2b report: who and what (or "de-identified"), the key figures with units and
 * calibration source, the key image with its overlay, the intensity profile along the needle path,
 * warnings, what the plan is, the literature, and sign-off fields.
 */
public final class ReportPdf {
  static final String TITLE = "Injection plan";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The PDF, and where the key image lies in it (for checks). */
  public record Rendered(byte[] pdf, int keyImagePage, Rectangle2D.Float keyImageBox) {
  }

  private ReportPdf() {
  }

  public static Rendered build(ReportInput in, BufferedImage keyImage, IntensityProfile profile) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(doc);
      Rendered placed;
      try (PdfPageWriter w = new PdfPageWriter(doc, fonts,
          "InjectPlan plan, " + STAMP.format(in.created()) + ". Planning aid: confirm under live imaging")) {
        header(w, in);
        figures(w, in.plan());
        w.heading("Key image", 10);
        PDImageXObject img = PdfImages.lossless(doc, keyImage);
        Rectangle2D.Float box = w.image(img, 330);
        int page = w.pageIndex();
        w.paragraph("Overlay: capsule contour (cyan), structures to avoid (red), trajectory (yellow) from entry E"
            + " to target T (green), bolus (magenta), scale bar (white).", 7, false);
        if (in.deidentified()) {
          w.paragraph(in.pixels() == null ? "Burned-in text: not looked for; the image may show identity."
              : in.pixels().pageLine(), 7, false);
        }
        w.heading("Image intensity along the needle path", 10);
        if (isDownTheBeam(in.plan())) {
          w.paragraph("Down the beam: the needle runs along the X-ray beam and projects on the target, so the image"
              + " shows no path to profile. Depth: " + (in.plan().hasKnownDepth() && in.plan().depthMm() != null
              ? KeyFigures.mm(in.plan().depthMm()) + " along the beam" : PlanFigure.DEPTH.absent(in.plan()).text())
              + ".", 8.5f, false);
        } else {
          ProfilePlot.draw(w, fonts, w.block(110), profile, PathCrossings.of(in.plan()));
          w.paragraph("Vertical lines: where the path crosses the outline named.", 7, false);
        }
        tail(w, in.plan());
        placed = new Rendered(null, page, box);
      }
      PdfA.declare(doc, TITLE);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      doc.save(out);
      return new Rendered(evenLength(out.toByteArray()), placed.keyImagePage(), placed.keyImageBox());
    }
  }

  /** A coaxial fluoroscopy plan: the entry projects on the target. */
  static boolean isDownTheBeam(Plan plan) {
    return plan.entry().distancePx(plan.target()) < 1e-6;
  }

  private static void header(PdfPageWriter w, ReportInput in) throws IOException {
    Plan plan = in.plan();
    ScanIdentity id = in.identity();
    w.heading(TITLE + (plan.joint() == null ? "" : ": " + plan.joint()), 16);
    w.paragraph(LiteratureSources.PLAN_STATEMENT, 8.5f, true);
    w.gap(4);
    float[] cols = {0, 95, 270, 360};
    String patient = in.deidentified() ? "de-identified" : nonEmpty(id.patientName());
    w.row(8.5f, cols, new String[] {"Patient", patient, "Patient ID", in.deidentified() ? "—" : nonEmpty(id.patientId())},
        false);
    w.row(8.5f, cols, new String[] {"Birth date", in.deidentified() ? "—" : nonEmpty(id.patientBirthDate()),
        "Accession", in.deidentified() ? "—" : nonEmpty(id.accessionNumber())}, false);
    w.row(8.5f, cols, new String[] {"Study", nonEmpty(id.studyDescription()) + " " + nonEmpty(id.studyDate()),
        "Institution", in.deidentified() ? "—" : nonEmpty(id.institutionName())}, false);
    w.row(8.5f, cols, new String[] {"Modality", nonEmpty(id.modality()), "Frame", Integer.toString(plan.frame())},
        false);
    w.row(8.5f, cols, new String[] {"Joint", plan.joint() == null ? "—" : plan.joint(), "Approach", plan.approach()},
        false);
    w.row(8.5f, cols, new String[] {"Calibration", plan.calibration().describe(), "Plan version", plan.version()},
        false);
    org.injectplan.plan.Provenance made = plan.provenance();
    w.paragraph("Software: " + SoftwareVersion.text() + (made == null ? "; the plan records no provenance"
        : "; plan made by " + made.software() + " " + made.softwareVersion() + ", " + made.createdUtc())
        + ". Plan SHA-256: " + org.injectplan.plan.Provenance.shortDigest(planDigest(plan)) + ".", 7.5f, false);
    w.paragraph("Checked: " + in.checksStatement(), 7.5f, false);
  }

  /** SHA-256 of the plan's JSON as the report writes it (the plan JSON output), hex. */
  static String planDigest(Plan plan) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
          PlanJson.toJson(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void figures(PdfPageWriter w, Plan plan) throws IOException {
    w.heading("Key figures", 10);
    float[] cols = {0, 140, 270};
    w.row(8, cols, new String[] {"", "value", "basis"}, true);
    List<KeyFigure> figures = KeyFigures.of(plan);
    for (KeyFigure f : figures) {
      w.row(8, cols, new String[] {f.label(), f.value(), f.basis()}, false);
    }
  }

  private static void tail(PdfPageWriter w, Plan plan) throws IOException {
    w.heading("Warnings", 10);
    List<String> crossed = PathCrossings.crossedStructures(plan);
    if (!crossed.isEmpty()) {
      w.paragraph("• The planned path crosses " + String.join(", ", crossed)
          + " (drawn in yellow on the key image): not a safe path as it stands.", 8.5f, true);
    }
    if (plan.warnings().isEmpty() && crossed.isEmpty()) {
      w.paragraph("None raised by the planner.", 8.5f, false);
    }
    for (String warning : plan.warnings()) {
      w.paragraph("• " + warning, 8.5f, true);
    }
    w.heading("What this plan is", 10);
    w.paragraph(LiteratureSources.PLAN_STATEMENT, 8.5f, false);
    w.heading("Sources of the clinical figures", 10);
    for (LiteratureSources.Source s : LiteratureSources.ALL) {
      w.paragraph(s.statement() + " Source: " + s.reference() + ".", 7.5f, false);
    }
    signOff(w);
  }

  private static void signOff(PdfPageWriter w) throws IOException {
    w.heading("Sign-off", 10);
    w.ensure(80);
    for (String role : new String[] {"Planned by", "Confirmed under live imaging by"}) {
      w.gap(22);
      w.text(PdfPageWriter.MARGIN, w.y(), role + ":", fontsOf(w), 8.5f);
      line(w, PdfPageWriter.MARGIN + 150, PdfPageWriter.MARGIN + 330);
      w.text(PdfPageWriter.MARGIN + 340, w.y(), "Date/time:", fontsOf(w), 8.5f);
      line(w, PdfPageWriter.MARGIN + 390, PdfPageWriter.MARGIN + PdfPageWriter.WIDTH);
    }
  }

  private static org.apache.pdfbox.pdmodel.font.PDType0Font fontsOf(PdfPageWriter w) {
    return w.fonts().regular();
  }

  private static void line(PdfPageWriter w, float from, float to) throws IOException {
    w.stream().setLineWidth(0.5f);
    w.stream().moveTo(from, w.y() - 2);
    w.stream().lineTo(to, w.y() - 2);
    w.stream().stroke();
  }

  private static String nonEmpty(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /**
   * PDF bytes of even length, so that the DICOM Encapsulated Document needs no padding and dcm2pdf
   * gives back exactly the PDF file: when odd, the end-of-line after %%EOF becomes CR LF (still the
   * single end-of-line marker PDF/A allows there).
   */
  static byte[] evenLength(byte[] pdf) {
    if (pdf.length % 2 == 0) {
      return pdf;
    }
    int n = pdf.length;
    byte[] out = java.util.Arrays.copyOf(pdf, n + 1);
    if (pdf[n - 1] == '\n' && (n < 2 || pdf[n - 2] != '\r')) {
      out[n - 1] = '\r';
      out[n] = '\n';
    } else if (pdf[n - 1] == 'F') {
      out[n] = '\n';
    } else {
      throw new IllegalStateException("PDF does not end in %%EOF and one end-of-line");
    }
    return out;
  }
}
