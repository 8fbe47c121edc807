package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code injectplan plan} on the fluoroscopy samples, through the command line. Expectations come
 * from the samples' reference plans and truth sidecars (not numbers written here), so the tests
 * hold after the samples are regenerated.
 */
class FluoroPlanCommandSamplesTest {
  private static final double TOLERANCE_MM = 1.0;
  @TempDir
  Path tmp;


  private static String xy(JsonNode n) {
    return n.get("xPx").asDouble() + "," + n.get("yPx").asDouble();
  }

  @Test
  void badInputExitsTwo() throws Exception {
    Path out = tmp.resolve("p.json");
    String[] r = Samples.run("plan", Samples.dicom("spine-ap-xa").toString(), "--target", "200,200", "--lateral",
        Samples.dicom("knee-us").toString(), "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    assertTrue(r[2].contains("not fluoroscopy"), r[2]);
    r = Samples.run("plan", Samples.dicom("knee-us").toString(), "--lateral", Samples.dicom("spine-lateral-xa").toString(),
        "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    r = Samples.run("plan", Samples.dicom("spine-ap-xa").toString(), "--target", "200,200", "--lateral-skin", "10,10",
        "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    // The AP view with itself as the "second" view: the rays are parallel, no triangulation.
    r = Samples.run("plan", Samples.dicom("spine-ap-xa").toString(), "--target", "200,200", "--lateral",
        Samples.dicom("spine-ap-xa").toString(), "--lateral-target", "200,200", "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    assertEquals(1, r[2].lines().count(), r[2]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"facet-oblique-xa", "spine-ap-xa", "spine-lateral-xa", "hip-ap-xa"})
  void aSingleViewIsWrittenWithItsDepthUnknown(String id) throws Exception {
    JsonNode ref = Samples.plan(id);
    Path masks = Samples.folder(id).resolve("masks");
    Path out = tmp.resolve(id + ".json");
    String[] r = Samples.run("plan", Samples.dicom(id).toString(), "--joint", ref.get("joint").asText(), "--target",
        xy(ref.get("target")), "--capsule", masks.resolve("joint-region-f00.png").toString(), "--avoid",
        masks.resolve("avoid-f00.png").toString(), "--avoid-name", ref.get("avoid").asText(), "--out",
        out.toString());
    assertEquals("0", r[0], r[2]);
    Plan p = PlanJson.read(out);
    assertFalse(p.hasKnownDepth());
    assertEquals(Boolean.FALSE, p.depthKnown());
    assertNull(p.depthMm());
    assertNull(p.pathLengthMm());
    assertTrue(p.warnings().contains(FluoroPlanner.SINGLE_VIEW_WARNING), p.warnings().toString());
    assertEquals(p.target(), p.entry());
    assertEquals(0, p.angleDeg(), 0);
    assertEquals(ref.get("minClearanceMm").asDouble(), p.minClearanceMm(), 0.01, "image-plane clearance");
    assertEquals(ref.get("avoid").asText(), p.avoid());
    // The sample's joint region as --capsule: the reference target is in the joint on every view.
    assertFalse(p.warnings().contains("target outside the joint space"), p.warnings().toString());
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      assertEquals(scan.calibration().isAtDetector(),
          p.warnings().stream().anyMatch(w -> w.startsWith("calibration only at the detector")), id);
    }
    assertTrue(r[1].contains("unknown (single view)"), r[1]);
    assertEquals(1, p.deposition().points().size());
    assertNotNull(p.dose().intravenous());
    // The report of it: the PDF and the DICOM Encapsulated PDF say the depth is unknown, not 0.
    Path pdf = tmp.resolve(id + ".pdf");
    Path dcm = tmp.resolve(id + ".dcm");
    String[] rep = Samples.run("report", out.toString(), "--pdf", pdf.toString(), "--dicom", dcm.toString());
    assertEquals("0", rep[0], rep[2]);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Target depth unknown (single view)"), text);
      assertFalse(text.contains("Target depth 0"), text);
    }
    byte[] pdfBytes = java.nio.file.Files.readAllBytes(pdf);
    byte[] dcmBytes = java.nio.file.Files.readAllBytes(dcm);
    assertTrue(contains(dcmBytes, pdfBytes), "the DICOM object encapsulates the same PDF");
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    for (int i = 0; i + needle.length <= hay.length; i++) {
      if (hay[i] == needle[0] && java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void withoutATargetTheJointSpaceDetectorsCandidateIsPlanned() throws Exception {
    String id = "facet-oblique-xa";
    JsonNode ref = Samples.plan(id);
    for (boolean seeded : new boolean[] {false, true}) {
      Path out = tmp.resolve("auto" + seeded + ".json");
      String[] r = seeded
          ? Samples.run("plan", Samples.dicom(id).toString(), "--joint", "facet", "--seed", xy(ref.get("target")), "--out",
              out.toString())
          : Samples.run("plan", Samples.dicom(id).toString(), "--joint", "facet", "--out", out.toString());
      assertEquals("0", r[0], r[2]);
      Plan p = PlanJson.read(out);
      try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
        JsonNode t = ref.get("target");
        JointSpaceDetector.Result d = new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(scan.frame(0),
            scan.calibration(), 0, seeded ? Optional.of(new double[] {t.get("xPx").asDouble(),
                t.get("yPx").asDouble()}) : Optional.empty());
        assertEquals(d.targetsPx().get(0)[0], p.target().xPx(), 1e-9);
        assertEquals(d.targetsPx().get(0)[1], p.target().yPx(), 1e-9);
        assertNotNull(p.capsule(), "the detected joint space is the plan's outline");
      }
    }
  }

  /**
   * AP + lateral through the command line: the reference target pixels (given), and the skin on
   * the approach side of the AP target's ray as the lateral view sees it, placed from the truth:
   * the true 3D target minus the reference depth along the AP ray, projected into the lateral
   * view, or (without --lateral-skin) the skin found in the lateral view. The plan must give the
   * true 3D target, an error under 1 mm and the reference depth either way.
   */
  @Test
  void apAndLateralGiveThe3dTargetTheErrorAndTheReferenceDepth() throws Exception {
    JsonNode apRef = Samples.plan("spine-ap-xa");
    JsonNode latRef = Samples.plan("spine-lateral-xa");
    JsonNode truth = Samples.truth("spine-ap-xa").get("target").get("fromIsocentreMm");
    Vector3D t = new Vector3D(truth.get(0).asDouble(), truth.get(1).asDouble(), truth.get(2).asDouble());
    double refDepth = apRef.get("depthMm").asDouble();
    String skin;
    try (Scan ap = ScanLoader.open(Samples.dicom("spine-ap-xa"));
        Scan lat = ScanLoader.open(Samples.dicom("spine-lateral-xa"))) {
      CArmView va = CArmView.of(ap.header(), ap.columns(), ap.rows()).orElseThrow();
      CArmView vl = CArmView.of(lat.header(), lat.columns(), lat.rows()).orElseThrow();
      Vector3D dir = t.subtract(va.source()).normalize();
      double[] s = vl.project(t.subtract(dir.scalarMultiply(refDepth)));
      skin = s[0] + "," + s[1];
    }
    Path masks = Samples.folder("spine-ap-xa").resolve("masks");
    for (boolean withSkin : new boolean[] {true, false}) {
      Path out = tmp.resolve("biplane" + withSkin + ".json");
      String[] args = {"plan", Samples.dicom("spine-ap-xa").toString(), "--joint", "facet", "--target",
          xy(apRef.get("target")), "--capsule", masks.resolve("joint-region-f00.png").toString(), "--avoid",
          masks.resolve("avoid-f00.png").toString(), "--lateral", Samples.dicom("spine-lateral-xa").toString(),
          "--lateral-target", xy(latRef.get("target")), "--out", out.toString()};
      if (withSkin) {
        args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
            "--lateral-skin", skin)).toArray(String[]::new);
      }
      String[] r = Samples.run(args);
      assertEquals("0", r[0], r[2]);
      Plan p = PlanJson.read(out);
      var tri = p.triangulation();
      assertNotNull(tri);
      Vector3D got = new Vector3D(tri.targetMm().get(0), tri.targetMm().get(1), tri.targetMm().get(2));
      assertEquals(0, got.distance(t), TOLERANCE_MM, "3D target " + got);
      assertTrue(tri.errorMm() < TOLERANCE_MM, "triangulation error " + tri.errorMm());
      assertEquals(Samples.plan("spine-lateral-xa").get("scan").get("sopInstanceUid").asText(),
          tri.otherView().sopInstanceUid());
      // Given (--lateral-skin) or found in the lateral view (the posterior skin/air boundary): the
      // depth along the AP beam is the reference plan's, and the plan says where the skin came from.
      assertTrue(p.hasKnownDepth());
      assertEquals(refDepth, p.depthMm(), TOLERANCE_MM, "depth along the beam, skin " + (withSkin ? "given" : "found"));
      assertEquals(p.depthMm(), p.pathLengthMm(), 0);
      assertTrue(p.needle().lengthMm() >= p.depthMm() + ClinicalFigures.NEEDLE_SPARE_MM);
      String from = withSkin ? "depth along the beam from the skin given" : "depth along the beam from the skin found";
      assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith(from)), p.warnings().toString());
    }
  }

  /**
   * The skin found in the lateral view (no --lateral-skin) lies within 1 mm of where the truth's
   * skin projects: the point where the AP view's ray through the target enters the posterior skin
   * (truth key {@code approachSkin}), in the lateral view's calibrated millimetres.
   */
  @Test
  void theLateralSkinFoundIsWhereTheTruthsSkinProjects() throws Exception {
    JsonNode apRef = Samples.plan("spine-ap-xa");
    JsonNode latRef = Samples.plan("spine-lateral-xa");
    JsonNode truthSkin = Samples.truth("spine-lateral-xa").get("approachSkin").get("projectedPx");
    double mmPerPixel = latRef.get("calibration").get("mmPerPixelX").asDouble();
    Path out = tmp.resolve("found.json");
    String[] r = Samples.run("plan", Samples.dicom("spine-ap-xa").toString(), "--joint", "facet", "--target",
        xy(apRef.get("target")), "--lateral", Samples.dicom("spine-lateral-xa").toString(), "--lateral-target",
        xy(latRef.get("target")), "--out", out.toString());
    assertEquals("0", r[0], r[2]);
    Plan p = PlanJson.read(out);
    java.util.regex.Pattern at = java.util.regex.Pattern.compile("skin found in the second view at \\(([-0-9.]+),"
        + " ([-0-9.]+)\\) px");
    java.util.regex.Matcher m = p.warnings().stream().map(at::matcher).filter(java.util.regex.Matcher::find)
        .findFirst().orElseThrow(() -> new AssertionError("no found-skin note: " + p.warnings()));
    double dx = Double.parseDouble(m.group(1)) - truthSkin.get(0).asDouble();
    double dy = Double.parseDouble(m.group(2)) - truthSkin.get(1).asDouble();
    assertEquals(0, Math.hypot(dx, dy) * mmPerPixel, TOLERANCE_MM, "found skin vs the truth's, mm");
  }

  /**
   * No skin on the approach side in the lateral view: with the custom preset the approach is
   * anterior, and the lateral's field ends inside the body there. Depth unknown, the warning says why.
   */
  @Test
  void withoutAirOnTheApproachSideTheDepthStaysUnknown() throws Exception {
    JsonNode ref = Samples.plan("spine-ap-xa");
    Path out = tmp.resolve("noskin.json");
    String[] r = Samples.run("plan", Samples.dicom("spine-ap-xa").toString(), "--joint", "custom", "--target",
        xy(ref.get("target")), "--lateral", Samples.dicom("spine-lateral-xa").toString(), "--lateral-target",
        xy(Samples.plan("spine-lateral-xa").get("target")), "--out", out.toString());
    assertEquals("0", r[0], r[2]);
    Plan p = PlanJson.read(out);
    assertFalse(p.hasKnownDepth());
    assertNull(p.depthMm());
    assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith("depth along the beam unknown: no skin found in the"
        + " second view (")), p.warnings().toString());
  }
}
