package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.io.AtomicOutput;

/**
 * Makes one fluoroscopy sample. The three spine views (oblique, AP, lateral) share one phantom,
 * one study and one isocentre, so the AP and lateral pair triangulate the same target.
 */
final class XaCaseGenerator {
  private static final int SIZE = 512;
  /**
   * The lateral's primary angle: RAO 90, the source on the patient's left, the side of the target
   * facet. The lateral view sees the posterior skin as its outline, the outermost skin along its
   * rays; from the target's side that outline is the skin where the AP view's ray through the
   * target enters (within 0.1 mm on the spine sample), from the far side it is 2.4 mm further out.
   */
  static final double LATERAL_PRIMARY_DEG = -90;
  /**
   * The lateral is taken in the detector's larger field mode (pixels this much larger, the same
   * isocentre: the header cannot say the C-arm moved), so the posterior skin and the air behind it
   * are in the field, as a lateral lumbar view shows them.
   */
  static final double LATERAL_FIELD_SCALE = 1.25;
  private final SampleCase sample;
  private final SampleIds ids;
  private final SampleIds patient;
  private final XaPhantom phantom;
  private final ProjectionGeometry geometry;
  private final ProjectionGeometry apGeometry;
  private final ScanHeaders.XaCalibration calibration;
  private final XaExposure exposure;

  XaCaseGenerator(SampleCase sample, long seed) {
    if (sample.isUltrasound()) {
      throw new IllegalArgumentException(sample.id() + " is not a fluoroscopy case");
    }
    this.sample = sample;
    this.ids = new SampleIds(seed, sample.id());
    boolean spine = sample.joint() == Joint.FACET;
    this.patient = new SampleIds(seed, spine ? "spine-patient" : "hip-patient");
    XaPhantomFactory factory = new XaPhantomFactory(patient.stageSeed("phantom"));
    this.phantom = spine ? factory.spine() : factory.hip();
    Random c = new Random(patient.stageSeed("c-arm"));
    double sid = Math.round(10 * (980 + 120 * c.nextDouble())) / 10.0;
    double sod = Math.round(10 * (sid - 230 - 70 * c.nextDouble())) / 10.0;
    double ips = Math.round(1000 * (0.28 + 0.06 * c.nextDouble())) / 1000.0;
    Vec3 iso = phantom.aim().plus(new Vec3(c.nextDouble() * 16 - 8, c.nextDouble() * 16 - 8, c.nextDouble() * 16 - 8));
    double primary = switch (sample) {
      case FACET_OBLIQUE_XA -> Math.round(-factory.facetAngleDeg() + 6 * c.nextDouble() - 3);
      case SPINE_LATERAL_XA -> LATERAL_PRIMARY_DEG;
      default -> 0;
    };
    double viewIps = sample == SampleCase.SPINE_LATERAL_XA ? ips * LATERAL_FIELD_SCALE : ips;
    this.geometry = new ProjectionGeometry(primary, 0, sid, sod, viewIps, SIZE, SIZE, iso);
    this.apGeometry = new ProjectionGeometry(0, 0, sid, sod, ips, SIZE, SIZE, iso);
    this.calibration = switch (sample) {
      case FACET_OBLIQUE_XA -> ScanHeaders.XaCalibration.IMAGER_PIXEL_SPACING_ONLY;
      case HIP_AP_XA -> ScanHeaders.XaCalibration.MAGNIFICATION_FACTOR;
      default -> ScanHeaders.XaCalibration.SID_SOD;
    };
    int margin = 14 + c.nextInt(20);
    this.exposure = new XaExposure(spine ? 80 : 75, 300 + 200 * c.nextDouble(),
        new int[] {margin, margin / 2, SIZE - margin, SIZE - margin / 2}, 0.03, 0.8, 12);
  }

  ProjectionGeometry geometry() {
    return geometry;
  }

  XaPhantom phantom() {
    return phantom;
  }

  /** The mm per pixel the header states, as a reader computes it (DS values as written). */
  double intendedMmPerPixel() {
    double ips = DicomFileBuilder.ds(geometry.detectorMmPerPixel());
    return switch (calibration) {
      case IMAGER_PIXEL_SPACING_ONLY -> ips;
      case MAGNIFICATION_FACTOR -> ips / DicomFileBuilder.ds(geometry.magnification());
      case SID_SOD -> ips / (DicomFileBuilder.ds(geometry.sidMm()) / DicomFileBuilder.ds(geometry.sodMm()));
    };
  }

  String intendedSource() {
    return calibration == ScanHeaders.XaCalibration.IMAGER_PIXEL_SPACING_ONLY ? "IMAGER_PIXEL_SPACING"
        : "MAGNIFICATION_CORRECTED";
  }

  FluoroSimulator.Result simulate() {
    return new FluoroSimulator(geometry, exposure).simulate(phantom, ids.stageSeed("noise"));
  }

  ReferencePlan write(CaseFiles files) throws IOException {
    FluoroSimulator.Result r = simulate();
    ScanHeaders.Identity id = new ScanHeaders.Identity(ScanHeaders.XA_IMAGE_STORAGE, ids.uid("instance"),
        patient.uid("study"), ids.uid("series"), "SAMPLE^" + (sample.joint() == Joint.FACET ? "SPINE" : "HIP") + "^XA",
        "IPS-" + patient.caseId().toUpperCase(Locale.ROOT), sample.joint() == Joint.FACET ? "LSPINE" : "HIP",
        sample.joint() == Joint.FACET ? "" : "R", "Synthetic " + phantom.name() + " fluoroscopy",
        sample.id().replace('-', ' '), 10 + sample.ordinal());
    DicomFileBuilder b = ScanHeaders.xray(id, geometry, exposure, calibration, orientation(geometry.columnAxis()),
        orientation(geometry.rowAxis()));
    b.pixels16(r.pixels());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    b.write(bytes);
    AtomicOutput.write(files.dicom(), true, o -> bytes.writeTo(o));
    Mask joint = new Mask(SIZE, SIZE, r.joint());
    Mask avoid = new Mask(SIZE, SIZE, r.avoid());
    Mask region = new Mask(SIZE, SIZE, r.region());
    files.writeMask("joint-space", 0, joint);
    files.writeMask("joint-region", 0, region);
    files.writeMask("avoid", 0, avoid);
    files.writeMask("bone", 0, new Mask(SIZE, SIZE, r.bone()));
    ReferencePlan plan = XaReferenceRules.derive(files.dicom().getFileName().toString(), id, sample, phantom, geometry,
        intendedMmPerPixel(), intendedSource(), region, avoid);
    files.writeJson(files.plan(), plan.toJson());
    files.writeJson(files.truth(), truthJson(r, id));
    return plan;
  }

  /** Patient orientation letters of an image axis, strongest component first (PS3.3 C.7.6.1.1.1). */
  static String orientation(Vec3 axis) {
    List<double[]> parts = new ArrayList<>(List.of(new double[] {axis.x(), 0}, new double[] {axis.y(), 1},
        new double[] {axis.z(), 2}));
    parts.sort(Comparator.comparingDouble((double[] p) -> -Math.abs(p[0])));
    StringBuilder s = new StringBuilder();
    String[] pos = {"L", "P", "H"};
    String[] neg = {"R", "A", "F"};
    for (double[] p : parts) {
      if (Math.abs(p[0]) > 0.25) {
        s.append(p[0] > 0 ? pos[(int) p[1]] : neg[(int) p[1]]);
      }
    }
    return s.toString();
  }

  private ObjectNode truthJson(FluoroSimulator.Result r, ScanHeaders.Identity id) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("case", sample.id());
    root.put("joint", sample.joint().key());
    root.put("seed", ids.seed());
    root.put("sopInstanceUid", id.sopInstanceUid());
    root.put("phantom", phantom.name());
    root.put("coordinates", "patient LPS, mm (+x left, +y posterior, +z head); see ProjectionGeometry for the angle convention");
    projectionJson(root.putObject("projection"));
    ObjectNode t = root.putObject("target");
    t.put("name", phantom.targetName());
    vec(t, "patientMm", phantom.target());
    vec(t, "fromIsocentreMm", phantom.target().minus(geometry.isocentre()));
    double[] px = geometry.project(phantom.target());
    t.putArray("projectedPx").add(px[0]).add(px[1]);
    exposureJson(root.putObject("exposure"), r);
    if (sample == SampleCase.SPINE_LATERAL_XA) {
      approachSkin(root.putObject("approachSkin"));
    }
    root.put("avoid", phantom.avoidName());
    root.put("jointSpaceMask", CaseFiles.maskName("joint-space", 0));
    root.put("jointRegionMask", CaseFiles.maskName("joint-region", 0));
    root.put("avoidMask", CaseFiles.maskName("avoid", 0));
    root.put("boneMask", CaseFiles.maskName("bone", 0));
    return root;
  }

  /** The C-arm's geometry and the calibration the header is meant to give. */
  private void projectionJson(ObjectNode g) {
    g.put("primaryAngleDeg", geometry.primaryDeg());
    g.put("secondaryAngleDeg", geometry.secondaryDeg());
    g.put("sidMm", geometry.sidMm());
    g.put("sodMm", geometry.sodMm());
    g.put("magnification", geometry.magnification());
    g.put("detectorMmPerPixel", geometry.detectorMmPerPixel());
    g.put("columns", geometry.columns());
    g.put("rows", geometry.rows());
    vec(g, "isocentre", geometry.isocentre());
    vec(g, "source", geometry.source());
    vec(g, "detectorCentre", geometry.detectorCentre());
    vec(g, "columnAxis", geometry.columnAxis());
    vec(g, "rowAxis", geometry.rowAxis());
    vec(g, "beam", geometry.beam());
    g.put("calibrationInHeader", calibration.name());
    g.put("intendedMmPerPixel", intendedMmPerPixel());
    g.put("intendedSource", intendedSource());
  }

  /** The exposure: tube voltage, photons, automatic exposure control, collimation. */
  private void exposureJson(ObjectNode e, FluoroSimulator.Result r) {
    e.put("kvp", exposure.kvp());
    e.put("i0PhotonsPerPixel", r.i0());
    e.put("aecMedianCounts", exposure.meanCounts());
    ArrayNode col = e.putArray("collimationPx");
    for (int v : exposure.collimation()) {
      col.add(v);
    }
  }

  /**
   * The skin the needle enters, as the lateral view sees it: the point where the AP view's ray
   * through the target enters the skin on the approach side (posterior), the point the reference
   * depth is measured from, and where it projects in this view.
   */
  private void approachSkin(ObjectNode n) {
    Vec3 skin = XaReferenceRules.skinOnRay(phantom, apGeometry.source(), phantom.target(), true);
    n.put("view", SampleCase.SPINE_AP_XA.id());
    n.put("note", "skin on the approach side (posterior) on the AP view's ray through the target");
    vec(n, "patientMm", skin);
    double[] px = geometry.project(skin);
    n.putArray("projectedPx").add(px[0]).add(px[1]);
    n.put("depthAlongApBeamMm", skin.minus(phantom.target()).length());
  }

  private static void vec(ObjectNode n, String name, Vec3 v) {
    n.putArray(name).add(v.x()).add(v.y()).add(v.z());
  }
}
