package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The truth masks and reference plans of the committed samples obey the documented rules. */
class TruthTest {
  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = ".*(US|CINE|NEEDLE)", mode = EnumSource.Mode.MATCH_ANY)
  void ultrasoundTruthAndPlan(SampleCase c) throws Exception {
    JsonNode truth = CommittedSamples.truth(c);
    JsonNode plan = CommittedSamples.plan(c);
    JsonNode region = truth.get("geometry").get("region");
    int x0 = region.get(0).asInt();
    int y0 = region.get(1).asInt();
    int x1 = region.get(2).asInt();
    int y1 = region.get(3).asInt();
    try (Scan scan = ScanLoader.open(CommittedSamples.dicom(c))) {
      for (int f = 0; f < c.frames(); f++) {
        for (String kind : new String[] {"capsule", "avoid", "bone"}) {
          BufferedImage m = CommittedSamples.mask(c, kind, f);
          assertEquals(scan.columns(), m.getWidth(), kind + " width");
          assertEquals(scan.rows(), m.getHeight(), kind + " height");
        }
        BufferedImage capsule = CommittedSamples.mask(c, "capsule", f);
        assertTrue(CommittedSamples.count(capsule) > 100, "capsule mask of frame " + f + " must not be empty");
        assertInsideRegion(capsule, x0, y0, x1, y1);
      }
    }
    BufferedImage capsule0 = CommittedSamples.mask(c, "capsule", 0);
    double tx = plan.get("target").get("xPx").asDouble();
    double ty = plan.get("target").get("yPx").asDouble();
    assertTrue(CommittedSamples.inside(capsule0, tx, ty), "target inside the capsule mask");
    double ex = plan.get("entry").get("xPx").asDouble();
    double ey = plan.get("entry").get("yPx").asDouble();
    assertEquals(y0, ey, 0.5, "entry on the skin line (top of the region)");
    assertTrue(ex >= x0 && ex <= x1 + 1, "entry inside the image: " + ex);
    double angle = plan.get("angleDeg").asDouble();
    assertTrue(angle > 0 && angle < 30, "in-plane angle under 30 degrees: " + angle);
    assertEquals(Math.toDegrees(Math.atan2(ty - ey, Math.abs(tx - ex))), angle, 0.01, "angle matches the path");
    assertTrue(plan.get("minClearanceMm").asDouble() >= ClinicalFigures.MIN_CLEARANCE_MM, "clearance rule");
    BufferedImage avoid0 = CommittedSamples.mask(c, "avoid", 0);
    assertTrue(CommittedSamples.count(avoid0) > 0, "a structure to avoid is marked");
    double mm = truth.get("geometry").get("mmPerPixel").asDouble();
    assertEquals((ty - y0) * mm, plan.get("depthMm").asDouble(), 0.002, "depth below the skin line");
  }

  /**
   * knee-us-needle is knee-us with a needle in place: the same masks and reference plan (but its
   * own file and UIDs), and a needle truth that is the reference path turned 3 deg steeper about
   * its skin entry and 1.5 mm short, whose figures agree with each other.
   */
  @Test
  void theNeedleSampleIsKneeUsWithTheNeedleItsTruthDescribes() throws Exception {
    SampleCase c = SampleCase.KNEE_US_NEEDLE;
    assertTrue(c.hasNeedle() && c.isUltrasound() && !SampleCase.KNEE_US.hasNeedle());
    for (String kind : new String[] {"capsule", "avoid", "bone"}) {
      assertArrayEquals(Files.readAllBytes(CommittedSamples.folder(SampleCase.KNEE_US).resolve(CaseFiles.maskName(kind, 0))),
          Files.readAllBytes(CommittedSamples.folder(c).resolve(CaseFiles.maskName(kind, 0))), kind + ": knee-us's mask");
    }
    JsonNode plan = CommittedSamples.plan(c);
    JsonNode kneePlan = CommittedSamples.plan(SampleCase.KNEE_US);
    for (String key : new String[] {"target", "entry", "angleDeg", "depthMm", "pathLengthMm", "calibration"}) {
      assertEquals(kneePlan.get(key), plan.get(key), key + ": knee-us's reference plan");
    }
    assertEquals(c.id() + ".dcm", plan.get("scan").get("file").asText());
    assertNotEquals(kneePlan.get("scan").get("sopInstanceUid"), plan.get("scan").get("sopInstanceUid"));
    JsonNode n = CommittedSamples.truth(c).get("needle");
    double mm = CommittedSamples.truth(c).get("geometry").get("mmPerPixel").asDouble();
    double ex = n.get("entry").get("xPx").asDouble();
    double ey = n.get("entry").get("yPx").asDouble();
    double tx = n.get("tip").get("xPx").asDouble();
    double ty = n.get("tip").get("yPx").asDouble();
    assertEquals(plan.get("entry").get("xPx").asDouble(), ex, 1e-3, "the needle enters at the planned entry");
    assertEquals(plan.get("entry").get("yPx").asDouble(), ey, 1e-3);
    assertEquals(22, n.get("gauge").asInt());
    double angle = Math.toDegrees(Math.atan2(ty - ey, Math.abs(tx - ex)));
    assertEquals(angle, n.get("angleDeg").asDouble(), 0.01, "angle from entry and tip");
    assertEquals(plan.get("angleDeg").asDouble() + 3.0, angle, 0.01, "3 deg steeper than the plan");
    assertEquals(n.get("angleDeg").asDouble() - plan.get("angleDeg").asDouble(), n.get("angleDeviationDeg").asDouble(),
        0.002);
    assertEquals(plan.get("pathLengthMm").asDouble() - 1.5, Math.hypot(tx - ex, ty - ey) * mm, 0.01, "1.5 mm short");
    assertEquals(Math.hypot(tx - ex, ty - ey) * mm, n.get("lengthInTissueMm").asDouble(), 0.002);
    assertEquals((tx - CommittedSamples.truth(c).get("geometry").get("region").get(0).asInt()) * mm,
        n.get("tip").get("uMm").asDouble(), 0.002, "tip in mm from the region's left edge");
    assertEquals((ty - ey) * mm, n.get("tip").get("vMm").asDouble(), 0.002, "tip depth below the skin line");
    double toTarget = Math.hypot(tx - plan.get("target").get("xPx").asDouble(),
        ty - plan.get("target").get("yPx").asDouble()) * mm;
    assertEquals(toTarget, n.get("tipToTargetMm").asDouble(), 0.002);
    assertEquals(CommittedSamples.inside(CommittedSamples.mask(c, "capsule", 0), tx, ty), n.get("tipInCapsule").asBoolean());
  }

  @Test
  void cineCompressionShrinksThePocket() throws Exception {
    for (SampleCase c : new SampleCase[] {SampleCase.KNEE_CINE, SampleCase.SHOULDER_CINE, SampleCase.HIP_CINE}) {
      assertTrue(c.frames() >= 10, "a cine has at least 10 frames");
      int rest = CommittedSamples.count(CommittedSamples.mask(c, "capsule", 0));
      int squeezed = CommittedSamples.count(CommittedSamples.mask(c, "capsule", c.frames() / 2));
      assertTrue(squeezed < 0.9 * rest, c.id() + ": pocket at peak compression " + squeezed + " vs rest " + rest);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = ".*_XA", mode = EnumSource.Mode.MATCH_ANY)
  void fluoroscopyTruthAndPlan(SampleCase c) throws Exception {
    JsonNode plan = CommittedSamples.plan(c);
    JsonNode truth = CommittedSamples.truth(c);
    BufferedImage joint = CommittedSamples.mask(c, "joint-space", 0);
    assertTrue(CommittedSamples.count(joint) > 20, "joint space mask non-empty");
    assertTrue(CommittedSamples.count(CommittedSamples.mask(c, "bone", 0)) > 1000, "bone mask non-empty");
    double tx = plan.get("target").get("xPx").asDouble();
    double ty = plan.get("target").get("yPx").asDouble();
    JsonNode projected = truth.get("target").get("projectedPx");
    assertEquals(projected.get(0).asDouble(), tx, 0.001);
    assertEquals(projected.get(1).asDouble(), ty, 0.001);
    BufferedImage avoid = CommittedSamples.mask(c, "avoid", 0);
    assertTrue(!CommittedSamples.inside(avoid, tx, ty), "the target does not project onto the structure to avoid");
    // The joint region (every ray through the joint cavity) holds the visible gap and, on every
    // view, the target: one 3D point inside the joint projects inside it, whichever part of the
    // curved joint the view sees edge-on.
    assertEquals(CaseFiles.maskName("joint-region", 0), truth.get("jointRegionMask").asText());
    assertEquals(CaseFiles.maskName("joint-space", 0), truth.get("jointSpaceMask").asText());
    BufferedImage region = CommittedSamples.mask(c, "joint-region", 0);
    assertTrue(CommittedSamples.count(region) > CommittedSamples.count(joint), "the region is larger than the gap");
    for (int y = 0; y < joint.getHeight(); y++) {
      for (int x = 0; x < joint.getWidth(); x++) {
        if (CommittedSamples.inside(joint, x, y)) {
          assertTrue(CommittedSamples.inside(region, x, y), "joint space pixel outside the joint region: " + x + "," + y);
        }
      }
    }
    assertTrue(CommittedSamples.inside(region, tx, ty), "target projects inside the joint region");
    if (c == SampleCase.HIP_AP_XA || c == SampleCase.FACET_OBLIQUE_XA) {
      // These views see the joint edge-on where the target is: it lies on the visible gap too.
      assertTrue(nearMask(joint, tx, ty, 1), "target projects into the joint space");
    }
  }

  private static boolean nearMask(BufferedImage m, double x, double y, int r) {
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        if (CommittedSamples.inside(m, x + dx, y + dy)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void assertInsideRegion(BufferedImage m, int x0, int y0, int x1, int y1) {
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if ((m.getRGB(x, y) & 0xFF) == 255) {
          assertTrue(x >= x0 && x <= x1 && y >= y0 && y <= y1, "mask pixel outside the US region: " + x + "," + y);
        }
      }
    }
  }
}
