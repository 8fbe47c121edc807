package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.Structure;
import org.injectplan.plan.TestPlans;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Segmentation and the Measurement Report, checked by independent readers: dciodvfy (the
 * IOD), dcmtk's dsrdump (the figures and their units), pydicom (the mask, against its own
 * rasterisation of the plan's outlines).
 */
class PlanDicomTest {
  /** Debian's python3 with python3-pydicom and python3-numpy (a pyenv python on PATH may lack them). */
  static final String PYTHON = "/usr/bin/python3";
  static final Path KNEE_US = Path.of("../sample-dicom/src/main/resources/org/injectplan/samples/knee-us/knee-us.dcm");
  @TempDir
  Path tmp;

  @Test
  void refusesASegmentationWithoutSegmentsAndAScanSizeOfZero() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    SegSource src = new SegSource(EncapsulatedPdfTest.SOURCE, 10, 10, 1, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> Segmentation.build(plan, List.of(), src, false,
        Instant.EPOCH));
    assertThrows(IllegalArgumentException.class, () -> new SegSource(EncapsulatedPdfTest.SOURCE, 0, 10, 1,
        Optional.empty()));
  }

  @Test
  void segmentationAndReportPassDciodvfyOnEveryKindOfPlan() throws Exception {
    Path xa = TestPlans.corpus(TestPlans.XA_UNCALIBRATED);
    List<Object[]> cases = List.of(
        new Object[] {"US calibrated", TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)), false},
        new Object[] {"US colour, de-identified", TestPlans.on(TestPlans.corpus(TestPlans.US_COLOUR)), true},
        new Object[] {"XA uncalibrated", TestPlans.on(xa), false},
        new Object[] {"XA single view", TestPlans.fluoro(atDetector(xa), ReportPdfTest.AT_DETECTOR, false), false},
        new Object[] {"XA biplane, de-identified", TestPlans.fluoro(atDetector(xa), ReportPdfTest.AT_DETECTOR, true),
            true});
    for (Object[] c : cases) {
      Plan plan = (Plan) c[1];
      PlanReport.Outputs out = make(plan, (boolean) c[2]);
      for (byte[] bytes : List.of(out.segmentation(), out.measurementReport())) {
        Path f = Files.write(tmp.resolve("check.dcm"), bytes);
        assertEquals(List.of(), DicomOracles.dciodvfyErrors(f), c[0].toString());
        AttributeList l = PlanReportTest.read(bytes);
        assertEquals(out.plan().scan().studyInstanceUid(), PlanReportTest.text(l, DicomTags.STUDY_INSTANCE_UID));
        if ((boolean) c[2]) {
          assertEquals("YES", PlanReportTest.text(l, DicomTags.PATIENT_IDENTITY_REMOVED));
          assertEquals(Deidentifier.DUMMY_NAME, PlanReportTest.text(l, DicomTags.PATIENT_NAME));
        }
      }
    }
  }

  @Test
  void aSourceWithAFrameOfReferenceGivesASegmentationInIt() throws Exception {
    Path copy = tmp.resolve("with-for.dcm");
    Files.copy(TestPlans.corpus(TestPlans.US_GREY), copy);
    String forUid = "1.2.826.0.1.3680043.2.1125.1.99";
    DicomOracles.Run r = DicomOracles.run("dcmodify", "-nb", "-i", "(0020,0052)=" + forUid, copy.toString());
    assertEquals(0, r.exit(), r.output());
    Plan plan = TestPlans.on(copy);
    try (Scan scan = ScanLoader.open(copy)) {
      PlanReport.Outputs out = PlanReport.make(plan, scan, false, PlanReportTest.WHEN);
      Path f = Files.write(tmp.resolve("for-seg.dcm"), out.segmentation());
      assertEquals(List.of(), DicomOracles.dciodvfyErrors(f));
      assertEquals(forUid, PlanReportTest.text(PlanReportTest.read(out.segmentation()),
          ReportTags.FRAME_OF_REFERENCE_UID));
      PlanReport.Outputs deid = PlanReport.make(plan, scan, true, PlanReportTest.WHEN);
      String replaced = PlanReportTest.text(PlanReportTest.read(deid.segmentation()),
          ReportTags.FRAME_OF_REFERENCE_UID);
      assertTrue(replaced.startsWith("2.25.") && !replaced.equals(forUid), replaced);
    }
  }

  @Test
  void dsrdumpPrintsTheFiguresWithTheirUnits() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    String dump = dsrdump(make(plan, false).measurementReport());
    assertContains(dump, "NUM:(,,\"Depth\")=\"" + SrItems.decimal(plan.depthMm()) + "\" (mm,UCUM,\"millimeter\")");
    assertContains(dump, "NUM:(,,\"Angle\")=\"" + SrItems.decimal(plan.angleDeg()) + "\" (deg,UCUM,\"degree\")");
    assertContains(dump, "NUM:(,,\"Path length\")=\"" + SrItems.decimal(plan.pathLengthMm())
        + "\" (mm,UCUM,\"millimeter\")");
    assertContains(dump, "NUM:(,,\"Minimum clearance to a structure to avoid\")=\""
        + SrItems.decimal(plan.minClearanceMm()) + "\" (mm,UCUM,\"millimeter\")");
    assertContains(dump, "NUM:(,,\"Injectate Volume\")=\"2\" (ml,UCUM,\"milliliter\")");
    assertContains(dump, "NUM:(,,\"Bolus fraction in capsule\")=\""
        + SrItems.decimal(100 * plan.deposition().fractionInCapsule()) + "\" (%,UCUM,\"percent\")");
    assertContains(dump, String.format(java.util.Locale.ROOT, "SCOORD:(,,\"Needle target\")=(POINT,%s/",
        SrItems.decimal(plan.target().xPx())));
    assertContains(dump, "TEXT:(,,\"Device Observer Name\")=\"InjectPlan\"");
    assertContains(dump, "TEXT:(,,\"Device Observer Model Name\")=\"" + SoftwareVersion.text() + "\"");
    assertContains(dump, "TEXT:(,,\"Tracking Identifier\")=\"capsule\"");
    assertContains(dump, "IMAGE:(,,\"Referenced Segment\")=(SG image,,2)");
    // An uncalibrated plan: no millimetres, a reason instead.
    Plan xaPlan = TestPlans.on(TestPlans.corpus(TestPlans.XA_UNCALIBRATED));
    String xa = dsrdump(make(xaPlan, false).measurementReport());
    assertContains(xa, "NUM:(,,\"Depth\")=empty (114007,DCM,\"Measurement not attempted\")");
    assertContains(xa, "NUM:(,,\"Angle\")=\"" + SrItems.decimal(xaPlan.angleDeg()) + "\" (deg,UCUM,\"degree\")");
    assertTrue(!xa.contains("(mm,UCUM"), xa);
    // A single fluoroscopy view: the depth is unknown, not unmeasured.
    Plan singlePlan = TestPlans.fluoro(atDetector(TestPlans.corpus(TestPlans.XA_UNCALIBRATED)),
        ReportPdfTest.AT_DETECTOR, false);
    String single = dsrdump(make(singlePlan, false).measurementReport());
    assertContains(single, "NUM:(,,\"Depth\")=empty (114010,DCM,\"Value unknown\")");
    assertContains(single, "NUM:(,,\"Minimum clearance to a structure to avoid\")=\""
        + SrItems.decimal(singlePlan.minClearanceMm()) + "\" (mm,UCUM,\"millimeter\")");
  }

  @Test
  void segmentsReferenceThePlannedFrameAndCarryCodesAndTrackingUidsTheReportUses() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    PlanReport.Outputs out = make(plan, false);
    AttributeList seg = PlanReportTest.read(out.segmentation());
    SequenceAttribute segments = (SequenceAttribute) seg.get(ReportTags.SEGMENT_SEQUENCE);
    assertEquals(2, segments.getNumberOfItems());
    AttributeList artery = segments.getItem(1).getAttributeList();
    assertEquals("artery", PlanReportTest.text(artery, ReportTags.SEGMENT_LABEL));
    AttributeList type = ((SequenceAttribute) artery.get(ReportTags.SEGMENTED_PROPERTY_TYPE_CODE_SEQUENCE)).getItem(0)
        .getAttributeList();
    assertEquals("51114001", PlanReportTest.text(type, DicomTags.CODE_VALUE));
    assertEquals("MANUAL", PlanReportTest.text(artery, ReportTags.SEGMENT_ALGORITHM_TYPE));
    String dump = dsrdump(out.measurementReport());
    for (int i = 0; i < 2; i++) {
      String uid = PlanReportTest.text(segments.getItem(i).getAttributeList(), ReportTags.TRACKING_UID);
      assertContains(dump, "\"Tracking Unique Identifier\")=\"" + uid + "\"");
    }
    assertEquals(plan.calibration().mmPerPixelY(), Double.parseDouble(PlanReportTest.text(((SequenceAttribute) ((SequenceAttribute) seg.get(
            ReportTags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE)).getItem(0).getAttributeList().get(
            ReportTags.PIXEL_MEASURES_SEQUENCE)).getItem(0).getAttributeList(), DicomTags.PIXEL_SPACING)), 1e-9);
  }

  @Test
  void segmentationReadBackByPydicomEqualsThePlansOutlinesPixelForPixel() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_COLOUR));
    checkMask(plan, make(plan, false));
  }

  /** pydicom's pixel_array of every frame equals its own rasterisation and ours of the plan's outline. */
  static List<Integer> checkMask(Plan plan, PlanReport.Outputs out) throws Exception {
    Path dir = Files.createTempDirectory("segcheck");
    Path seg = Files.write(dir.resolve("seg.dcm"), out.segmentation());
    Path planJson = Files.write(dir.resolve("plan.json"), out.planJson());
    Path script = dir.resolve("seg_mask_check.py");
    try (InputStream in = PlanDicomTest.class.getResourceAsStream("seg_mask_check.py")) {
      Files.copy(in, script);
    }
    DicomOracles.Run r = DicomOracles.run(PYTHON, script.toString(), seg.toString(), planJson.toString(),
        dir.toString());
    assertEquals(0, r.exit(), r.output());
    List<Structure> outlines = new ArrayList<>();
    if (plan.capsule() != null) {
      outlines.add(plan.capsule());
    }
    outlines.addAll(plan.avoidStructures());
    Matcher m = Pattern.compile("frame (\\d+) segment (\\d+) label .* pixels (\\d+) differ (\\d+)")
        .matcher(r.output());
    AttributeList l = PlanReportTest.read(out.segmentation());
    int rows = l.get(DicomTags.ROWS).getSingleIntegerValueOrDefault(0);
    int cols = l.get(DicomTags.COLUMNS).getSingleIntegerValueOrDefault(0);
    List<Integer> counts = new ArrayList<>();
    while (m.find()) {
      int frame = Integer.parseInt(m.group(1));
      assertEquals(frame, Integer.parseInt(m.group(2)), r.output());
      assertEquals(0, Integer.parseInt(m.group(4)), "pydicom against its own rasterisation: " + r.output());
      boolean[] ours = StructureMask.of(outlines.get(frame - 1), cols, rows);
      byte[] theirs = Files.readAllBytes(dir.resolve("frame-" + frame + ".raw"));
      byte[] oursBytes = new byte[ours.length];
      for (int i = 0; i < ours.length; i++) {
        oursBytes[i] = (byte) (ours[i] ? 1 : 0);
      }
      assertArrayEquals(oursBytes, theirs, "frame " + frame);
      assertTrue(StructureMask.count(ours) > 0, "frame " + frame + " is empty");
      counts.add(Integer.parseInt(m.group(3)));
    }
    assertEquals(outlines.size(), counts.size(), r.output());
    return counts;
  }

  /** The XA scan with the Imager Pixel Spacing of {@link ReportPdfTest#AT_DETECTOR}, so that the plan is its scan's. */
  Path atDetector(Path xa) throws Exception {
    return TestPlans.withImagerPixelSpacing(xa, tmp, ReportPdfTest.AT_DETECTOR.mmPerPixelX());
  }

  static PlanReport.Outputs make(Plan plan, boolean deidentify) throws Exception {
    try (Scan scan = ScanLoader.open(Path.of(plan.scan().file()))) {
      return PlanReport.make(plan, scan, deidentify, PlanReportTest.WHEN);
    }
  }

  static String dsrdump(byte[] sr) throws Exception {
    Path f = Files.createTempFile("sr", ".dcm");
    Files.write(f, sr);
    DicomOracles.Run r = DicomOracles.run("dsrdump", f.toString());
    Files.delete(f);
    assertEquals(0, r.exit(), r.output());
    return r.output();
  }

  static void assertContains(String text, String part) {
    assertTrue(text.contains(part), "missing <" + part + "> in:\n" + text);
  }
}
