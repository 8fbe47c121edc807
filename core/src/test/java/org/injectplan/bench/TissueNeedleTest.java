package org.injectplan.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The needle detector the command line's check runs ({@link RealNeedle#CHECK}) on simulated 22G
 * needles composited onto real usgra-seg frames ({@link TissueNeedleSet}, seed
 * {@link RealNeedleSection#TISSUE_SEED}: 15-45 deg, shallow and deep tips, -6/0/+6 dB, from either
 * side; fascia and tendon beside them are real), truth from the simulation's geometry, and on the
 * same real frames without the needle. Millimetres at the frames' assumed calibration.
 */
class TissueNeedleTest {
  private static List<RealNeedle.SimResult> rs;

  @BeforeAll
  static void measure() throws Exception {
    List<RealFrame> frames = RealFrames.read(RealNeedleTest.realUs()).get(RealNeedleSection.TISSUE_SET);
    rs = RealNeedle.simulated(TissueNeedleSet.make(frames, RealNeedleSection.TISSUE_SEED));
    for (RealNeedle.SimResult r : rs) {
      System.out.printf(Locale.ROOT, "tissue needle %s: %s%n", r.name(), r.found() ? String.format(Locale.ROOT,
          "angle off %.2f deg, tip off %.2f mm", r.angleErrDeg(), r.tipErrMm()) : "not found");
    }
  }

  @Test
  void theSetIsWhatItSaysItIs() {
    assertTrue(rs.size() == 48, "48 frames, not " + rs.size());
    for (RealNeedle.SimResult r : rs) {
      double depthMm = (r.frame().tipYPx() - r.frame().region()[1]) * r.frame().mmPerPixel();
      assertTrue(r.frame().angleDeg() >= 13 && r.frame().angleDeg() <= 47, r.name() + ": angle " + r.frame().angleDeg());
      assertTrue(depthMm >= 4.9 && depthMm <= 22.1, r.name() + ": tip " + depthMm + " mm deep");
    }
  }

  @Test
  void noNeedleIsReportedOnTheRealFramesWithoutTheNeedle() {
    List<String> reported = rs.stream().filter(RealNeedle.SimResult::falseOnFree).map(RealNeedle.SimResult::name)
        .toList();
    assertTrue(reported.isEmpty(), "needle reported on the needle-free real frames of " + reported);
  }

  /**
   * Measured: found 37 of 48 (77%; goal 90%: NOT met), within 2 deg and 1 mm 27 of 48 (56%; goal
   * 80%: NOT met); main's check found 23 and put 3 within (its candidate line detector 22 and 14).
   * These floors, a little below what was measured, keep it from slipping.
   */
  @Test
  void mostNeedlesOnRealTissueAreFoundWithTheirTipsRight() {
    long found = rs.stream().filter(RealNeedle.SimResult::found).count();
    long within = rs.stream().filter(RealNeedle.SimResult::withinGoal).count();
    assertTrue(found >= 35, "found " + found + " of " + rs.size());
    assertTrue(within >= 25, "within 2 deg and 1 mm: " + within + " of " + rs.size());
    long angleRight = rs.stream().filter(r -> r.found() && r.angleErrDeg() <= RealNeedle.ANGLE_GOAL_DEG).count();
    assertTrue(angleRight >= 0.85 * found, "angle within 2 deg on " + angleRight + " of the " + found + " found");
  }
}
