package org.injectplan.segment.needle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import java.util.Optional;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.InPlanePath;
import org.injectplan.planning.PixelScale;
import org.injectplan.planning.Scenes;
import org.junit.jupiter.api.Test;

/** The detector on seeded Rayleigh speckle (mean about 60) with and without a drawn needle. */
class NeedleDetectorTest {
  private static final PixelScale MM = new PixelScale(0.1, 0.1, true);
  private static final InPlanePath PLANNED = new InPlanePath(new PixelPoint(-20, 20), new PixelPoint(250, 170), 0, 400,
      MM);

  private static ByteProcessor speckle(long seed) {
    Random rnd = new Random(seed);
    ByteProcessor ip = new ByteProcessor(400, 300);
    for (int i = 0; i < 400 * 300; i++) {
      double r = 48 * Math.sqrt(-2 * Math.log(1 - rnd.nextDouble()));
      ip.set(i, (int) Math.min(255, r));
    }
    return ip;
  }

  @Test
  void speckleAloneHasNoNeedle() {
    for (long seed = 1; seed <= 5; seed++) {
      Optional<NeedleDetection> d = NeedleDetector.detect(speckle(seed), PLANNED, Mask.empty(400, 300), 20);
      assertTrue(d.isEmpty(), "seed " + seed + ": " + d);
    }
  }

  @Test
  void aDrawnNeedleIsFound() {
    ByteProcessor ip = speckle(9);
    // The drawn needle: 2 deg steeper than planned, tip at (230, 175).
    double ex = -20;
    double ey = 20;
    double angle = Math.toRadians(PLANNED.angleDeg() + 2);
    double len = (175 - ey) / Math.sin(angle);
    PixelPoint tip = new PixelPoint(ex + len * Math.cos(angle), 175);
    for (int y = 20; y < 300; y++) {
      for (int x = 0; x < 400; x++) {
        double t = ((x + 0.5 - ex) * Math.cos(angle) + (y + 0.5 - ey) * Math.sin(angle)) / len;
        double d = Math.abs(-(x + 0.5 - ex) * Math.sin(angle) + (y + 0.5 - ey) * Math.cos(angle));
        if (t >= 0 && t <= 1 && d < 3.6) {
          ip.set(x, y, Math.max(ip.get(x, y), (int) (230 * Math.exp(-d * d / (2 * 3.6 * 3.6 / 4)))));
        }
      }
    }
    NeedleDetection n = NeedleDetector.detect(ip, PLANNED, Scenes.disc(400, 300, tip.xPx(), tip.yPx(), 10), 20)
        .orElseThrow();
    assertEquals(PLANNED.angleDeg() + 2, n.angleDeg(), 0.5);
    assertEquals(2, n.angleDeviationDeg(), 0.5);
    assertEquals(0, MM.lengthMm(n.tip().xPx() - tip.xPx(), n.tip().yPx() - tip.yPx()), 0.3);
    assertTrue(n.tipInCapsule());
    assertTrue(n.contrast() > 1.5, "the drawn shaft (230) is far above the speckle (mean about 60): " + n.contrast());
  }
}
