package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FrondPlacement}: a frond put {@code ON_WALL} sits on the pocket's wall, and the truth
 * then holds no detached slivers of fluid; the committed set's {@code RADIAL} rule leaves them
 * (the reason the rule exists). Truth from the phantom's labels at rest (no image simulation).
 */
class FrondPlacementTest {
  private static final long[] SEEDS = {777, 4242, 9001, 31337};
  private static final SampleCase[] CASES = {SampleCase.KNEE_US, SampleCase.SHOULDER_US, SampleCase.HIP_US};
  /** Fluid outside the largest piece, as a share of all fluid. */
  private static final double MAX_DETACHED_SHARE = 0.002;

  @Test
  void anOnWallFrondCoversTheWallAtItsBaseAndFollowsIt() {
    Random rnd = new Random(5);
    for (int k = 0; k < 200; k++) {
      Ellipse pocket = new Ellipse(30, 15, 5 + 10 * rnd.nextDouble(), 2 + 4 * rnd.nextDouble(), -0.2 + 0.4 * rnd.nextDouble());
      double a = 2 * Math.PI * rnd.nextDouble();
      double ht = 0.7 + 0.6 * rnd.nextDouble();
      Ellipse f = UsAnatomyFactory.onWall(pocket, a, 1.5 + 1.5 * rnd.nextDouble(), ht);
      double c = Math.cos(pocket.tiltRad());
      double s = Math.sin(pocket.tiltRad());
      double pu = pocket.radiusUMm() * Math.cos(a);
      double pv = pocket.radiusVMm() * Math.sin(a);
      double wu = pocket.centreUMm() + pu * c - pv * s;
      double wv = pocket.centreVMm() + pu * s + pv * c;
      assertTrue(f.contains(wu, wv), "the wall point at the frond's base lies in the frond");
      assertTrue(pocket.contains(f.centreUMm(), f.centreVMm()), "the frond's centre lies in the pocket");
      double[] n = pocket.normal(wu, wv);
      assertEquals(0, Math.cos(f.tiltRad()) * n[0] + Math.sin(f.tiltRad()) * n[1], 1e-9, "long axis along the wall");
    }
  }

  @Test
  void onWallFrondsLeaveNoDetachedFluidWhereRadialOnesDo() {
    double worstOnWall = 0;
    double worstRadial = 0;
    for (long seed : SEEDS) {
      for (SampleCase c : CASES) {
        worstOnWall = Math.max(worstOnWall, detachedShare(c, seed, FrondPlacement.ON_WALL));
        worstRadial = Math.max(worstRadial, detachedShare(c, seed, FrondPlacement.RADIAL));
      }
    }
    assertTrue(worstOnWall <= MAX_DETACHED_SHARE, "ON_WALL detached fluid " + worstOnWall);
    assertTrue(worstRadial > MAX_DETACHED_SHARE, "RADIAL detached fluid " + worstRadial);
  }

  private static double detachedShare(SampleCase c, long seed, FrondPlacement fronds) {
    UsSetup setup = new UsCaseGenerator(c, seed, fronds).setup();
    EchoMap m = setup.anatomy().render(setup.geometry(), CineFrame.REST);
    int w = m.columns();
    int h = m.rows();
    int[] label = new int[w * h];
    int total = 0;
    int largest = 0;
    int next = 0;
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    for (int i = 0; i < label.length; i++) {
      if (label[i] != 0 || !m.has(i % w, i / w, UsTissue.FLUID)) {
        continue;
      }
      int size = 0;
      label[i] = ++next;
      stack.push(i);
      while (!stack.isEmpty()) {
        int q = stack.pop();
        size++;
        int x = q % w;
        int y = q / w;
        int[][] nb = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
        for (int[] p : nb) {
          if (p[0] >= 0 && p[1] >= 0 && p[0] < w && p[1] < h && label[p[1] * w + p[0]] == 0
              && m.has(p[0], p[1], UsTissue.FLUID)) {
            label[p[1] * w + p[0]] = next;
            stack.push(p[1] * w + p[0]);
          }
        }
      }
      total += size;
      largest = Math.max(largest, size);
    }
    return total == 0 ? 0 : (double) (total - largest) / total;
  }
}
