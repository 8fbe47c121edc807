package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/**
 * The AP + lateral spine pair: the views read from the headers alone (positioner angles, SID,
 * SOD, Imager Pixel Spacing) triangulate the target pixels of the two plans to the true 3D
 * target recorded in the truth sidecar within 1 mm.
 */
class BiplaneSamplesTest {
  private static final double TOLERANCE_MM = 1.0;

  @Test
  void apAndLateralRecoverTheTrue3dTarget() throws Exception {
    CArmView ap = view("spine-ap-xa");
    CArmView lat = view("spine-lateral-xa");
    Triangulation t = Triangulation.of(ap, target("spine-ap-xa"), lat, target("spine-lateral-xa"));
    JsonNode truth = Samples.truth("spine-ap-xa").get("target").get("fromIsocentreMm");
    Vector3D expected = new Vector3D(truth.get(0).asDouble(), truth.get(1).asDouble(), truth.get(2).asDouble());
    assertEquals(0, t.targetMm().distance(expected), TOLERANCE_MM, "3D target " + t.targetMm());
    assertTrue(t.rayGapMm() < TOLERANCE_MM, "triangulation error " + t.rayGapMm());
  }

  private static double[] target(String id) throws Exception {
    JsonNode p = Samples.plan(id).get("target");
    return new double[] {p.get("xPx").asDouble(), p.get("yPx").asDouble()};
  }

  private static CArmView view(String id) throws Exception {
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      return CArmView.of(scan.header(), scan.columns(), scan.rows()).orElseThrow();
    }
  }
}
