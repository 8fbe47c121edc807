package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.plan.PixelPoint;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Fluoroscopy samples, down the beam, with the reference target pixel as the given target and the
 * sample's joint region (the projection of the whole joint cavity) as the joint mask: the target
 * is in the joint on every view and nothing flags it (on the AP and lateral spine views the
 * visible joint space, the line the curved facet joint shows edge-on, lies about 2 mm from where
 * the 3D target projects: checked against that line the planner flags it), the entry projects on
 * it, the image-plane clearance equals the reference's, the detector-only calibration is flagged,
 * and a single view's depth is unknown.
 */
class FluoroPlannerSamplesTest {
  @ParameterizedTest
  @ValueSource(strings = {"facet-oblique-xa", "spine-ap-xa", "spine-lateral-xa", "hip-ap-xa"})
  void singleViewDownTheBeam(String id) throws Exception {
    JsonNode ref = Samples.plan(id);
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      CArmView view = CArmView.of(scan.header(), scan.columns(), scan.rows()).orElse(null);
      FluoroPlan p = FluoroPlanner.plan(scan.calibration(), view, point(ref.get("target")),
          Samples.mask(id, "joint-region", 0), ref.get("avoid").asText(), Samples.mask(id, "avoid", 0), null, null);
      assertTrue(p.targetInJointSpace(), id);
      assertFalse(p.warnings().contains("target outside the joint space"), id);
      assertEquals(p.target(), p.entry());
      assertEquals(0, p.angleToBeamDeg(), 0);
      assertEquals(ref.get("minClearanceMm").asDouble(), p.clearanceMm(), 0.01, id + ": clearance");
      assertTrue(p.depthAlongBeamMm().isEmpty());
      assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith("single view: depth unknown")));
      assertEquals(scan.calibration().isAtDetector(),
          p.warnings().stream().anyMatch(w -> w.startsWith("calibration only at the detector")), id);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"spine-ap-xa", "spine-lateral-xa"})
  void againstTheVisibleGapTheSpineApAndLateralTargetIsFlagged(String id) throws Exception {
    JsonNode ref = Samples.plan(id);
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      CArmView view = CArmView.of(scan.header(), scan.columns(), scan.rows()).orElse(null);
      FluoroPlan p = FluoroPlanner.plan(scan.calibration(), view, point(ref.get("target")),
          Samples.mask(id, "joint-space", 0), ref.get("avoid").asText(), Samples.mask(id, "avoid", 0), null, null);
      assertFalse(p.targetInJointSpace(), id);
      assertTrue(p.warnings().contains("target outside the joint space"), id);
    }
  }

  @Test
  void biplaneGivesTheDepthFromASkinPoint() throws Exception {
    JsonNode truth = Samples.truth("spine-ap-xa").get("target").get("fromIsocentreMm");
    Vector3D t = new Vector3D(truth.get(0).asDouble(), truth.get(1).asDouble(), truth.get(2).asDouble());
    try (Scan ap = ScanLoader.open(Samples.dicom("spine-ap-xa"));
        Scan lat = ScanLoader.open(Samples.dicom("spine-lateral-xa"))) {
      CArmView va = CArmView.of(ap.header(), ap.columns(), ap.rows()).orElseThrow();
      CArmView vl = CArmView.of(lat.header(), lat.columns(), lat.rows()).orElseThrow();
      Vector3D skin = t.subtract(va.beam().scalarMultiply(40)); // 40 mm up the beam, towards the source
      FluoroPlan p = FluoroPlanner.plan(ap.calibration(), va, point(Samples.plan("spine-ap-xa").get("target")),
          Samples.mask("spine-ap-xa", "joint-region", 0), "nerve root", Samples.mask("spine-ap-xa", "avoid", 0),
          new FluoroPlanner.SecondView(vl, point(Samples.plan("spine-lateral-xa").get("target"))), skin);
      assertEquals(0, p.triangulation().orElseThrow().targetMm().distance(t), 1.0);
      assertEquals(40, p.depthAlongBeamMm().orElseThrow(), 1.0);
    }
  }

  private static PixelPoint point(JsonNode n) {
    return new PixelPoint(n.get("xPx").asDouble(), n.get("yPx").asDouble());
  }
}
