package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.injectplan.image.Mask;
import org.junit.jupiter.api.Test;

class ObstacleTest {
  private static final PixelScale MM = new PixelScale(0.1, 0.1, true);

  @Test
  void badArgumentsAreRefused() {
    Mask m = Mask.empty(4, 4);
    assertThrows(IllegalArgumentException.class, () -> new Obstacle("", m, 1, false));
    assertThrows(IllegalArgumentException.class, () -> new Obstacle("a", null, 1, false));
    assertThrows(IllegalArgumentException.class, () -> new Obstacle("a", m, -1, false));
    assertThrows(IllegalArgumentException.class, () -> new Obstacle("a", m, Double.NaN, false));
  }

  @Test
  void clearanceEqualsBruteForceOverEveryPixel() {
    Random rnd = new Random(7L);
    Mask m = Scenes.disc(120, 100, 60, 50, 12).or(Scenes.box(120, 100, 5, 70, 30, 95));
    Obstacle.Clearance c = new Obstacle("vessel", m, 2, false).clearance(MM);
    for (int i = 0; i < 300; i++) {
      double[] s = {120 * rnd.nextDouble(), 100 * rnd.nextDouble(), 120 * rnd.nextDouble(), 100 * rnd.nextDouble()};
      double brute = m.contains(s[0], s[1]) || m.contains(s[2], s[3]) ? 0 : brute(m, s) * 0.1;
      assertEquals(brute, c.of(s[0], s[1], s[2], s[3]), 1e-9);
    }
  }

  @Test
  void rotatingTheSceneKeepsTheClearance() {
    Random rnd = new Random(11L);
    Mask m = Scenes.ellipse(90, 70, 40, 30, 15, 6);
    Mask r = m.rotatedQuarter();
    Obstacle.Clearance a = new Obstacle("x", m, 0, false).clearance(MM);
    Obstacle.Clearance b = new Obstacle("x", r, 0, false).clearance(MM);
    for (int i = 0; i < 200; i++) {
      double x0 = 90 * rnd.nextDouble();
      double y0 = 70 * rnd.nextDouble();
      double x1 = 90 * rnd.nextDouble();
      double y1 = 70 * rnd.nextDouble();
      // (x, y) -> (h - y, x) for continuous positions under the quarter turn.
      assertEquals(a.of(x0, y0, x1, y1), b.of(70 - y0, x0, 70 - y1, x1), 1e-9);
    }
  }

  private static double brute(Mask m, double[] s) {
    double dx = s[2] - s[0];
    double dy = s[3] - s[1];
    double len2 = dx * dx + dy * dy;
    double best = Double.MAX_VALUE;
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        if (m.get(x, y)) {
          double t = Math.max(0, Math.min(1, ((x + 0.5 - s[0]) * dx + (y + 0.5 - s[1]) * dy) / len2));
          best = Math.min(best, Math.hypot(s[0] + t * dx - x - 0.5, s[1] + t * dy - y - 0.5));
        }
      }
    }
    return best;
  }
}
