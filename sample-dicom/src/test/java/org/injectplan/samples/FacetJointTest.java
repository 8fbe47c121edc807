package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The curved facet joint: each view of the three sees its gap edge-on at the part turned to it. */
class FacetJointTest {
  private static final FacetJoint LEFT = new FacetJoint(new Vec3(16, 33, -17), 1, 45, 2, 7, 8.5);

  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> new FacetJoint(new Vec3(0, 0, 0), 0, 45, 2, 7, 8.5));
    assertThrows(IllegalArgumentException.class, () -> new FacetJoint(new Vec3(0, 0, 0), 1, 45, 2, 2, 8.5));
  }

  private static double gapChord(Vec3 through, Vec3 dir) {
    double sum = 0;
    for (XaPhantom.Signed s : LEFT.gap()) {
      sum += s.sign() * s.solid().chordMm(through.minus(dir.times(500)), dir);
    }
    return sum;
  }

  @Test
  void theCentreIsOnTheMidSurfaceAtTheFacetAngle() {
    Vec3 c = LEFT.midSurface(45, 0);
    assertEquals(16, c.x(), 1e-9);
    assertEquals(33, c.y(), 1e-9);
    assertEquals(7, c.minus(LEFT.axis()).length(), 1e-9);
  }

  @Test
  void apObliqueAndLateralRaysGrazeTheGapWhereItFacesThem() {
    // beam directions: AP (posterior to anterior), oblique at the facet angle, lateral (right to left)
    List<double[]> views = List.of(new double[] {0, 0, -1, 0}, new double[] {45, -Math.sin(Math.toRadians(45)),
        -Math.cos(Math.toRadians(45)), 0}, new double[] {90, 1, 0, 0});
    for (double[] v : views) {
      Vec3 dir = new Vec3(v[1], v[2], v[3]).unit();
      Vec3 edgeOn = LEFT.midSurface(v[0], 0);
      assertTrue(gapChord(edgeOn, dir) > 6, "edge-on at " + v[0] + " deg: " + gapChord(edgeOn, dir));
      assertEquals(0, LEFT.innerProcess().chordMm(edgeOn.minus(dir.times(500)), dir), 1e-9,
          "the grazing ray passes outside the inferior process");
      Vec3 inward = edgeOn.minus(LEFT.normal(v[0]).times(3));
      assertTrue(LEFT.innerProcess().chordMm(inward.minus(dir.times(500)), dir) > 0,
          "3 mm inwards the ray crosses the inferior process");
    }
  }
}
