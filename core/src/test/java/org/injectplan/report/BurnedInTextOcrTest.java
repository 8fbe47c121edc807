package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TransferSyntax;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.TestPlans;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR oracle of de-identified pixels: tesseract reads the patient's name and ID burned into
 * a scan (showing that it can), and reads neither in the de-identified Secondary Capture (decoded
 * by dcmtk) nor on the PDF page (rendered by poppler); a byte scan of every de-identified output
 * finds no identity either. On a sample with the name and ID drawn into its banner and inside its
 * ultrasound region, and on the corpus's real files that carry identity in their pixels.
 */
class BurnedInTextOcrTest {
  static final Instant WHEN = Instant.parse("2026-01-02T03:04:05Z");
  @TempDir
  static Path dir;
  static Path samplePlan;

  @BeforeAll
  static void tesseract() {
    assumeTrue(Ocr.available(), "tesseract is not installed (Debian tesseract-ocr): the OCR oracle tests are skipped");
  }

  /** A knee sample with the name and ID burned in: banner (outside the region) and inside the region. */
  static Path burnedSample() throws Exception {
    SampleGenerator.Written w = SampleGenerator.generate(SampleCase.KNEE_US, 20240115, dir, "knee-named");
    samplePlan = w.plan();
    AttributeList l = new AttributeList();
    l.read(w.dicom().toFile());
    int cols = l.get(DicomTags.COLUMNS).getSingleIntegerValueOrDefault(0);
    int rows = l.get(DicomTags.ROWS).getSingleIntegerValueOrDefault(0);
    BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    System.arraycopy(l.get(DicomTags.PIXEL_DATA).getByteValues(), 0, px, 0, px.length);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString("QUIXOTIC, ZEBEDEE", 380, 16);
    g.drawString("ID 77341920", 380, 32);
    g.drawString("QUIXOTIC", 70, 445);
    g.dispose();
    OtherByteAttribute pd = new OtherByteAttribute(DicomTags.PIXEL_DATA);
    pd.setValues(px);
    l.put(pd);
    DicomModules.put(l, DicomTags.PATIENT_NAME, "Quixotic^Zebedee");
    DicomModules.put(l, DicomTags.PATIENT_ID, "77341920");
    Path out = dir.resolve("knee-named.dcm");
    l.write(out.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    return out;
  }

  record Read(String secondaryCapture, String pdfImage, List<Path> files) {
  }

  /** The report of {@code plan} on {@code scanFile}, written; what tesseract reads in its pixels. */
  static Read report(Path scanFile, Plan plan, boolean deidentify, String name, List<String> stopWhenFound)
      throws Exception {
    PlanReport.Outputs out;
    try (Scan scan = ScanLoader.open(scanFile)) {
      out = PlanReport.make(plan, scan, deidentify, WHEN);
    }
    Path pdf = dir.resolve(name + ".pdf");
    Path epdf = dir.resolve(name + ".dcm");
    Path sc = dir.resolve(name + ".sc.dcm");
    Path json = dir.resolve(name + ".json");
    Files.write(pdf, out.pdf());
    Files.write(epdf, out.encapsulatedPdf());
    Files.write(sc, out.secondaryCapture());
    Files.write(json, out.planJson());
    String scText = Ocr.read(Ocr.dcmtk(sc, dir), dir, stopWhenFound);
    if (!stopWhenFound.isEmpty()) {
      return new Read(scText, "", List.of(pdf, epdf, sc, json)); // the positive control reads the capture only
    }
    BufferedImage page = Ocr.pdfPage(pdf, out.rendered().keyImagePage() + 1, dir);
    var box = out.rendered().keyImageBox();
    double k = 150 / 72.0;
    int x0 = (int) Math.floor(box.x * k);
    int y0 = (int) Math.floor(page.getHeight() - (box.y + box.height) * k);
    BufferedImage image = page.getSubimage(Math.max(0, x0), Math.max(0, y0),
        Math.min(page.getWidth() - Math.max(0, x0), (int) Math.ceil(box.width * k)),
        Math.min(page.getHeight() - Math.max(0, y0), (int) Math.ceil(box.height * k)));
    return new Read(scText, Ocr.read(image, dir), List.of(pdf, epdf, sc, json));
  }

  static void check(Path scanFile, Plan plan, List<String> burned, List<String> identity, String name)
      throws Exception {
    Read plain = report(scanFile, plan, false, name + "-plain", burned);
    assertEquals(burned, Ocr.found(plain.secondaryCapture(), burned),
        "tesseract must read the burned-in identity in the identified Secondary Capture: " + plain.secondaryCapture());
    Read deid = report(scanFile, plan, true, name + "-deid", List.of());
    assertEquals(List.of(), Ocr.found(deid.secondaryCapture(), burned), "read in the de-identified Secondary Capture");
    assertEquals(List.of(), Ocr.found(deid.pdfImage(), burned), "read in the de-identified PDF page's image");
    List<String> hits = new ArrayList<>();
    for (Path f : deid.files()) {
      for (String view : DeidentifierTest.views(f)) {
        for (String id : identity) {
          if (view.contains(id)) {
            hits.add(f.getFileName() + ": " + id);
          }
        }
      }
    }
    assertEquals(List.of(), hits.stream().distinct().toList(), "identity in the bytes of a de-identified output");
  }

  @Test
  void sampleWithNameAndIdBurnedIn() throws Exception {
    Path scan = burnedSample();
    Plan plan = PlanJson.read(samplePlan);
    try (Scan s = ScanLoader.open(scan)) {
      plan = plan.withScan(new org.injectplan.plan.ScanReference(scan.toString(), s.identity().sopInstanceUid(),
          s.identity().studyInstanceUid()));
    }
    check(scan, plan, List.of("QUIXOTIC", "ZEBEDEE", "77341920"),
        List.of("Quixotic^Zebedee", "Quixotic", "QUIXOTIC", "Zebedee", "ZEBEDEE", "77341920"), "knee");
  }

  @Test
  void realFilesWithIdentityInTheirPixels() throws Exception {
    // Patient name and ID as the headers give them (dcmdump), and the words of them the banner shows.
    check(TestPlans.corpus(TestPlans.US_COLOUR), TestPlans.on(TestPlans.corpus(TestPlans.US_COLOUR)),
        List.of("DOE", "JOHN"), List.of("DOE^JOHN", "S61289.1476739615"), "ybr");
    Path philips = TestPlans.corpus("real/no-pixel-spacing_US_palette_RLE.dcm");
    check(philips, TestPlans.on(philips), List.of("TEST", "1234"), List.of("TEST^^^^"), "philips");
    Path ob = TestPlans.corpus("real/OBXXXX1A_US_palette.dcm");
    check(ob, TestPlans.on(ob), List.of("11-05-25-142825"), List.of("OB^^^^", "11-05-25-142825"), "ob");
  }

  @Test
  void greyEchoWithTextInsideItsRegionLosesTheText() throws Exception {
    // The region covers nearly the whole frame and the scanner's text lies inside it.
    Path f = TestPlans.corpus(TestPlans.US_GREY);
    check(f, TestPlans.on(f), List.of("ADULT", "ECHO", "65BPM"), List.of("Citizen^Jan"), "grey");
  }
}
