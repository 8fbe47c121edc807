package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.injectplan.plan.PixelPoint;
import org.junit.jupiter.api.Test;

class InPlanePathTest {
  private static final PixelScale MM = new PixelScale(0.1, 0.1, true);

  @Test
  void targetAboveTheSkinIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new InPlanePath(new PixelPoint(10, 50), new PixelPoint(20, 40), 0, 100, MM));
    assertThrows(IllegalArgumentException.class,
        () -> new InPlanePath(new PixelPoint(10, 50), new PixelPoint(20, 60), 100, 0, MM));
  }

  @Test
  void knownTriangle() {
    // 3-4-5 triangle in mm: run 40 px = 4 mm, depth 30 px = 3 mm.
    InPlanePath p = new InPlanePath(new PixelPoint(10, 0), new PixelPoint(50, 30), 0, 100, MM);
    assertEquals(3.0, p.depthMm(), 1e-12);
    assertEquals(5.0, p.lengthMm(), 1e-12);
    assertEquals(Math.toDegrees(Math.atan2(3, 4)), p.angleDeg(), 1e-12);
    assertEquals(0, p.outsideLengthMm(), 0);
  }

  @Test
  void pathLengthIsTheSumOfItsParts() {
    Random rnd = new Random(20240115L);
    for (int i = 0; i < 1000; i++) {
      double ex = -200 + 400 * rnd.nextDouble();
      PixelPoint target = new PixelPoint(100 + 300 * rnd.nextDouble(), 10 + 300 * rnd.nextDouble());
      PixelScale s = new PixelScale(0.05 + 0.1 * rnd.nextDouble(), 0.05 + 0.1 * rnd.nextDouble(), true);
      InPlanePath p = new InPlanePath(new PixelPoint(ex, 0), target, 0, 500, s);
      assertEquals(p.lengthMm(), p.insideLengthMm() + p.outsideLengthMm(), 1e-9);
      double edgeCrossY = p.outsideFraction() * target.yPx();
      double outside = s.lengthMm(Math.max(0, -ex), edgeCrossY);
      assertEquals(outside, p.outsideLengthMm(), 1e-9, "the part before the image edge, measured directly");
      assertEquals(p.depthMm() / Math.sin(Math.toRadians(p.angleDeg())), p.lengthMm(), 1e-9);
    }
  }

  @Test
  void mirroringTheSceneMirrorsThePath() {
    PixelScale s = new PixelScale(0.08, 0.12, true);
    InPlanePath p = new InPlanePath(new PixelPoint(-30, 5), new PixelPoint(140, 90), 0, 400, s);
    InPlanePath m = new InPlanePath(new PixelPoint(400 + 30, 5), new PixelPoint(400 - 140, 90), 0, 400, s);
    assertEquals(p.angleDeg(), m.angleDeg(), 1e-12);
    assertEquals(p.lengthMm(), m.lengthMm(), 1e-12);
    assertEquals(p.outsideLengthMm(), m.outsideLengthMm(), 1e-12);
    assertEquals(true, p.fromLeft());
    assertEquals(false, m.fromLeft());
  }
}
