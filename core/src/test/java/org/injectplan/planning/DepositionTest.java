package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.junit.jupiter.api.Test;

class DepositionTest {
  private static final PixelScale MM = new PixelScale(0.1, 0.1, true);
  private static final NeedleType NEEDLE = new NeedleType(22, 50, 0.05, "test");

  @Test
  void badVolumesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Deposition.bolusRadiusMm(0));
    assertThrows(IllegalArgumentException.class, () -> Deposition.bolusRadiusMm(Double.NaN));
  }

  @Test
  void bolusIsASphereOfTheVolume() {
    double r = Deposition.bolusRadiusMm(4);
    assertEquals(4000, 4.0 / 3 * Math.PI * r * r * r, 1e-9);
  }

  @Test
  void fractionMatchesMonteCarloOfThePrismModel() {
    Mask m = Scenes.ellipse(400, 300, 200, 150, 120, 40);
    PixelPoint c = new PixelPoint(230, 160);
    double r = Deposition.bolusRadiusMm(2);
    double f = Deposition.fractionInside(m, c, r, MM);
    Random rnd = new Random(5L);
    int in = 0;
    int all = 0;
    while (all < 200_000) {
      double x = (2 * rnd.nextDouble() - 1) * r;
      double y = (2 * rnd.nextDouble() - 1) * r;
      double z = (2 * rnd.nextDouble() - 1) * r;
      if (x * x + y * y + z * z <= r * r) {
        all++;
        in += m.contains(c.xPx() + x / 0.1, c.yPx() + y / 0.1) ? 1 : 0;
      }
    }
    assertEquals(in / (double) all, f, 0.01);
    assertTrue(f > 0.3 && f < 1, "partly inside: " + f);
  }

  @Test
  void pocketVolumeOfASpheroidAndOverfill() {
    Mask m = Scenes.ellipse(400, 300, 200, 150, 100, 30);
    Deposition d = Deposition.of(new PixelPoint(200.5, 150.5), 4, m, MM, NEEDLE);
    double expected = 4.0 / 3 * Math.PI * 10 * 10 * 3 / 1000;
    assertEquals(expected, d.pocketVolumeMl(), 0.02 * expected);
    assertTrue(d.overfillsPocket() == (4 > expected));
    assertEquals(4 - 0.05, d.deliveredMl(), 1e-12);
  }

  @Test
  void longRecessGetsSeveralPointsInside() {
    Mask m = Scenes.ellipse(800, 300, 400, 150, 380, 30);
    Deposition d = Deposition.of(new PixelPoint(400.5, 150.5), 1, m, MM, NEEDLE);
    assertEquals(3, d.points().size());
    d.points().forEach(p -> assertTrue(m.contains(p.xPx(), p.yPx())));
    Deposition small = Deposition.of(new PixelPoint(400.5, 150.5), 4, Scenes.disc(800, 300, 400, 150, 40), MM,
        NEEDLE);
    assertEquals(1, small.points().size());
  }
}
