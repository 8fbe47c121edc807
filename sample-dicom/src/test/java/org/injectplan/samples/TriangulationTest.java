package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/**
 * The AP and lateral spine views carry enough geometry in their headers (positioner angles,
 * SID, SOD, Imager Pixel Spacing) to triangulate the reference target: the two back-projected
 * rays meet at the true 3D target (relative to the isocentre) recorded in the truth sidecar.
 */
class TriangulationTest {
  private static final double TOLERANCE_MM = 0.5;

  @Test
  void sourceMustBeInFrontOfTheDetector() {
    assertThrows(IllegalArgumentException.class,
        () -> new ProjectionGeometry(0, 0, 700, 800, 0.3, 512, 512, new Vec3(0, 0, 0)));
  }

  @Test
  void apAndLateralTriangulateTheTarget() throws Exception {
    double[][] rayAp = ray(SampleCase.SPINE_AP_XA);
    double[][] rayLat = ray(SampleCase.SPINE_LATERAL_XA);
    double[] p = closestPoint(rayAp, rayLat);
    JsonNode truth = CommittedSamples.truth(SampleCase.SPINE_AP_XA).get("target").get("fromIsocentreMm");
    JsonNode truthLat = CommittedSamples.truth(SampleCase.SPINE_LATERAL_XA).get("target").get("fromIsocentreMm");
    for (int i = 0; i < 3; i++) {
      assertEquals(truth.get(i).asDouble(), truthLat.get(i).asDouble(), 1e-9, "one isocentre for both views");
      assertEquals(truth.get(i).asDouble(), p[i], TOLERANCE_MM, "triangulated target, axis " + i);
    }
  }

  /** The ray (origin, unit direction) in isocentre coordinates through the plan's target pixel. */
  private static double[][] ray(SampleCase c) throws Exception {
    JsonNode plan = CommittedSamples.plan(c);
    try (Scan scan = ScanLoader.open(CommittedSamples.dicom(c))) {
      Header h = scan.header();
      ProjectionGeometry g = new ProjectionGeometry(
          h.decimal(DicomTags.POSITIONER_PRIMARY_ANGLE).orElseThrow(),
          h.decimal(DicomTags.POSITIONER_SECONDARY_ANGLE).orElseThrow(),
          h.decimal(DicomTags.DISTANCE_SOURCE_TO_DETECTOR).orElseThrow(),
          h.decimal(DicomTags.DISTANCE_SOURCE_TO_PATIENT).orElseThrow(),
          h.decimal(DicomTags.IMAGER_PIXEL_SPACING, 0).orElseThrow(), scan.columns(), scan.rows(), new Vec3(0, 0, 0));
      Vec3 s = g.source();
      Vec3 d = g.detectorPoint(plan.get("target").get("xPx").asDouble(), plan.get("target").get("yPx").asDouble())
          .minus(s).unit();
      return new double[][] {s.toArray(), d.toArray()};
    }
  }

  /** Midpoint of the shortest segment between two lines. */
  private static double[] closestPoint(double[][] a, double[][] b) {
    Vec3 p = new Vec3(a[0][0], a[0][1], a[0][2]);
    Vec3 u = new Vec3(a[1][0], a[1][1], a[1][2]);
    Vec3 q = new Vec3(b[0][0], b[0][1], b[0][2]);
    Vec3 v = new Vec3(b[1][0], b[1][1], b[1][2]);
    Vec3 w = p.minus(q);
    double uu = u.dot(u);
    double uv = u.dot(v);
    double vv = v.dot(v);
    double uw = u.dot(w);
    double vw = v.dot(w);
    double den = uu * vv - uv * uv;
    double s = (uv * vw - vv * uw) / den;
    double t = (uu * vw - uv * uw) / den;
    return p.plus(u.times(s)).plus(q.plus(v.times(t))).times(0.5).toArray();
  }
}
