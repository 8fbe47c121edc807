package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.TestPlans;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReportTest {
  static final Instant WHEN = Instant.parse("2026-03-04T05:06:07Z");
  @TempDir
  Path tmp;

  static PlanReport.Outputs make(String corpusName, boolean deidentify) throws Exception {
    Path file = TestPlans.corpus(corpusName);
    Plan plan = TestPlans.on(file);
    try (Scan scan = ScanLoader.open(file)) {
      return PlanReport.make(plan, scan, deidentify, WHEN);
    }
  }

  @Test
  void refusesAScanThatIsNotThePlans() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    Plan other = plan.withScan(new ScanReference("x.dcm", "1.2.3.999", plan.scan().studyInstanceUid()));
    try (Scan scan = ScanLoader.open(TestPlans.corpus(TestPlans.US_GREY))) {
      var e = assertThrows(IllegalArgumentException.class, () -> PlanReport.make(other, scan, false, WHEN));
      assertTrue(e.getMessage().contains("is not the plan's scan"), e.getMessage());
    }
  }

  @Test
  void encapsulatedPdfPassesDciodvfyAndDcm2pdfGivesBackTheIdenticalPdf() throws Exception {
    for (String name : List.of(TestPlans.US_GREY, TestPlans.XA_UNCALIBRATED)) {
      PlanReport.Outputs out = make(name, false);
      Path dcm = tmp.resolve("epdf.dcm");
      Files.write(dcm, out.encapsulatedPdf());
      assertEquals(List.of(), DicomOracles.dciodvfyErrors(dcm), name);
      Path pdf = tmp.resolve("back.pdf");
      Files.deleteIfExists(pdf);
      DicomOracles.Run r = DicomOracles.run("dcm2pdf", dcm.toString(), pdf.toString());
      assertEquals(0, r.exit(), r.output());
      assertArrayEquals(out.pdf(), Files.readAllBytes(pdf), name);
    }
  }

  @Test
  void fluoroscopyPlansGiveValidDicomObjectsWhosePdfSaysTheDepthIsUnknown() throws Exception {
    Path file = TestPlans.withImagerPixelSpacing(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), tmp,
        ReportPdfTest.AT_DETECTOR.mmPerPixelX());
    for (boolean deidentify : new boolean[] {false, true}) {
      Plan plan = TestPlans.fluoro(file, ReportPdfTest.AT_DETECTOR, deidentify);
      PlanReport.Outputs out;
      try (Scan scan = ScanLoader.open(file)) {
        out = PlanReport.make(plan, scan, deidentify, WHEN);
      }
      Path epdf = tmp.resolve("fluoro-epdf.dcm");
      Path sc = tmp.resolve("fluoro-sc.dcm");
      Files.write(epdf, out.encapsulatedPdf());
      Files.write(sc, out.secondaryCapture());
      assertEquals(List.of(), DicomOracles.dciodvfyErrors(epdf));
      assertEquals(List.of(), DicomOracles.dciodvfyErrors(sc));
      Path pdf = tmp.resolve("fluoro-back.pdf");
      Files.deleteIfExists(pdf);
      DicomOracles.Run r = DicomOracles.run("dcm2pdf", epdf.toString(), pdf.toString());
      assertEquals(0, r.exit(), r.output());
      String text = ReportPdfTest.text(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
      assertTrue(text.contains(deidentify ? "Target depth 48.5 mm" : "Target depth unknown (single view)"), text);
      if (deidentify) {
        assertEquals(Deidentifier.DUMMY_OTHER_FILE, out.plan().triangulation().otherView().file());
        assertTrue(!new String(out.planJson(), java.nio.charset.StandardCharsets.UTF_8).contains("lateral.dcm"));
      }
    }
  }

  @Test
  void secondaryCapturePassesDciodvfyAndHoldsTheKeyImage() throws Exception {
    PlanReport.Outputs out = make(TestPlans.US_COLOUR, false);
    Path dcm = tmp.resolve("sc.dcm");
    Files.write(dcm, out.secondaryCapture());
    assertEquals(List.of(), DicomOracles.dciodvfyErrors(dcm));
    // dcmtk decodes it to the same pixels as the key image.
    Path ppm = tmp.resolve("sc.ppm");
    DicomOracles.Run r = DicomOracles.run("dcmj2pnm", "--write-raw-pnm", dcm.toString(), ppm.toString());
    assertEquals(0, r.exit(), r.output());
    byte[] p = Files.readAllBytes(ppm);
    String head = "P6\n640 480\n255\n";
    assertEquals(head, new String(p, 0, head.length(), java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(640 * 480 * 3, p.length - head.length());
  }

  @Test
  void deidentifiedObjectsPassDciodvfyAndSayTheyAreDeidentified() throws Exception {
    PlanReport.Outputs out = make(TestPlans.US_GREY, true);
    for (byte[] bytes : List.of(out.encapsulatedPdf(), out.secondaryCapture())) {
      Path dcm = tmp.resolve("deid.dcm");
      Files.write(dcm, bytes);
      assertEquals(List.of(), DicomOracles.dciodvfyErrors(dcm));
      AttributeList l = read(bytes);
      assertEquals("YES", text(l, DicomTags.PATIENT_IDENTITY_REMOVED));
      assertEquals(Deidentifier.DUMMY_NAME, text(l, DicomTags.PATIENT_NAME));
      assertEquals(out.plan().scan().studyInstanceUid(), text(l, DicomTags.STUDY_INSTANCE_UID));
    }
  }

  @Test
  void bothObjectsAreInTheSourceStudyInNewSeriesReferencingTheSource() throws Exception {
    PlanReport.Outputs out = make(TestPlans.US_GREY, false);
    try (Scan scan = ScanLoader.open(TestPlans.corpus(TestPlans.US_GREY))) {
      var id = scan.identity();
      for (byte[] bytes : List.of(out.encapsulatedPdf(), out.secondaryCapture())) {
        AttributeList l = read(bytes);
        assertEquals(id.studyInstanceUid(), text(l, DicomTags.STUDY_INSTANCE_UID));
        assertNotEquals(id.seriesInstanceUid(), text(l, DicomTags.SERIES_INSTANCE_UID));
        assertEquals(id.patientName(), text(l, DicomTags.PATIENT_NAME));
        var seq = (SequenceAttribute) (l.get(DicomTags.SOURCE_INSTANCE_SEQUENCE) != null
            ? l.get(DicomTags.SOURCE_INSTANCE_SEQUENCE) : l.get(DicomTags.SOURCE_IMAGE_SEQUENCE));
        AttributeList ref = seq.getItem(0).getAttributeList();
        assertEquals(id.sopInstanceUid(), text(ref, DicomTags.REFERENCED_SOP_INSTANCE_UID));
        assertEquals(id.sopClassUid(), text(ref, DicomTags.REFERENCED_SOP_CLASS_UID));
      }
      assertEquals(EncapsulatedPdf.SOP_CLASS_UID, text(read(out.encapsulatedPdf()), DicomTags.SOP_CLASS_UID));
      assertEquals(SecondaryCapture.SOP_CLASS_UID, text(read(out.secondaryCapture()), DicomTags.SOP_CLASS_UID));
    }
  }

  @Test
  void planJsonOutputReadsBackAsThePlan() throws Exception {
    PlanReport.Outputs out = make(TestPlans.US_GREY, false);
    Path f = tmp.resolve("p.json");
    Files.write(f, out.planJson());
    assertEquals(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)), PlanJson.read(f));
  }

  static AttributeList read(byte[] bytes) throws Exception {
    AttributeList l = new AttributeList();
    l.read(new com.pixelmed.dicom.DicomInputStream(new java.io.ByteArrayInputStream(bytes)));
    return l;
  }

  static String text(AttributeList l, com.pixelmed.dicom.AttributeTag tag) {
    return l.get(tag) == null ? null : l.get(tag).getSingleStringValueOrEmptyString();
  }
}
