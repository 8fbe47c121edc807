package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.junit.jupiter.api.Test;

/** The optimiser against the exhaustive grid on seeded random scenes, and its invariants. */
class EntryOptimiserTest {
  private static final int W = 400;
  private static final int H = 300;

  @Test
  void badProblemsAreRefused() {
    PixelScale s = new PixelScale(0.1, 0.1, true);
    assertThrows(IllegalArgumentException.class,
        () -> new EntryProblem(new PixelPoint(100, 5), 10, 0, W, s, 30, 100, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new EntryProblem(new PixelPoint(100, 50), 10, 0, W, s, 90, 100, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new EntryProblem(new PixelPoint(500, 50), 10, 0, W, s, 30, 100, List.of()));
    assertThrows(IllegalArgumentException.class, () -> ExhaustiveEntrySearch.solve(
        new EntryProblem(new PixelPoint(100, 50), 10, 0, W, s, 30, 100, List.of()), Side.LEFT, 0));
  }

  @Test
  void withoutObstaclesTheAngleLimitDecides() {
    PixelScale s = new PixelScale(0.1, 0.1, true);
    EntryProblem p = new EntryProblem(new PixelPoint(60, 110), 10, 0, W, s, 30, 100, List.of());
    InPlanePath path = EntryOptimiser.solve(p, Side.LEFT).orElseThrow();
    assertEquals(30, path.angleDeg(), 1e-9);
    assertEquals(10 / Math.sin(Math.toRadians(30)), path.lengthMm(), 1e-9);
    InPlanePath far = EntryOptimiser.solve(new EntryProblem(new PixelPoint(300, 110), 10, 0, W, s, 30, 100,
        List.of()), Side.LEFT).orElseThrow();
    assertEquals(0, far.entry().xPx(), 1e-12, "a shallow target is reached from the transducer's edge");
  }

  @Test
  void agreesWithExhaustiveSearchOnRandomScenes() {
    Random rnd = new Random(20240115L);
    int compared = 0;
    for (int i = 0; i < 20; i++) {
      PixelScale s = new PixelScale(0.08 + 0.04 * rnd.nextDouble(), 0.08 + 0.04 * rnd.nextDouble(), true);
      Mask vessel = Scenes.disc(W, H, 40 + 320 * rnd.nextDouble(), 40 + 150 * rnd.nextDouble(),
          8 + 20 * rnd.nextDouble());
      Mask bone = Scenes.box(W, H, (int) (300 * rnd.nextDouble()), 220, W - 1, H - 1);
      List<Obstacle.Clearance> obs = List.of(new Obstacle("vessel", vessel, 2, false).clearance(s),
          new Obstacle("bone", bone, 0.5, true).clearance(s));
      PixelPoint t = new PixelPoint(60 + 280 * rnd.nextDouble(), 60 + 140 * rnd.nextDouble());
      if (vessel.contains(t.xPx(), t.yPx()) || bone.contains(t.xPx(), t.yPx())) {
        continue;
      }
      EntryProblem p = new EntryProblem(t, 10, 0, W, s, 20 + 25 * rnd.nextDouble(), 105, obs);
      for (Side side : Side.values()) {
        Optional<InPlanePath> ex = ExhaustiveEntrySearch.solve(p, side, 0.05);
        Optional<InPlanePath> op = EntryOptimiser.solve(p, side);
        assertEquals(ex.isPresent(), op.isPresent(), "scene " + i + " " + side);
        if (ex.isPresent()) {
          compared++;
          assertEquals(ex.get().entry().xPx() * s.mmPerPixelX(), op.get().entry().xPx() * s.mmPerPixelX(), 0.5);
          assertEquals(ex.get().angleDeg(), op.get().angleDeg(), 0.5);
          assertTrue(op.get().margin(obs) >= -1e-9, "the optimum is acceptable");
          assertTrue(op.get().angleDeg() <= p.maxAngleDeg() + 1e-9);
        }
      }
    }
    assertTrue(compared > 20, "enough scenes had a path: " + compared);
  }

  @Test
  void mirroringTheSceneMirrorsThePlan() {
    PixelScale s = new PixelScale(0.1, 0.1, true);
    Mask vessel = Scenes.disc(W, H, 100, 95, 12);
    PixelPoint t = new PixelPoint(170, 140);
    EntryProblem p = new EntryProblem(t, 10, 0, W, s, 30, 105,
        List.of(new Obstacle("v", vessel, 2, false).clearance(s)));
    EntryProblem m = new EntryProblem(new PixelPoint(W - t.xPx(), t.yPx()), 10, 0, W, s, 30, 105,
        List.of(new Obstacle("v", vessel.mirrored(), 2, false).clearance(s)));
    InPlanePath a = EntryOptimiser.solve(p, Side.LEFT).orElseThrow();
    InPlanePath b = EntryOptimiser.solve(m, Side.RIGHT).orElseThrow();
    assertEquals(W - a.entry().xPx(), b.entry().xPx(), 0.01);
    assertEquals(a.angleDeg(), b.angleDeg(), 0.01);
    assertTrue(a.angleDeg() < 30 - 1, "the vessel, not the angle limit, decided: " + a.angleDeg());
  }
}
