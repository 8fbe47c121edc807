package org.injectplan.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.injectplan.samples.NeedleFrameSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The needle detector the command line's check runs ({@code NeedleCheck}, i.e. {@code
 * NeedleLineDetector}) on real frames without a needle (every frame of shared/real-us, property
 * {@code injectplan.realus}; fascia and tendon bands are the impostors) and on the simulated needle
 * set with its needle-free copies (truth: the simulation's geometry). The set of simulated needles
 * on real tissue is {@link TissueNeedleTest}.
 */
class RealNeedleTest {
  private static List<RealNeedle.SimResult> sim;

  static Path realUs() {
    Path p = Path.of(System.getProperty("injectplan.realus", Path.of(System.getProperty("basedir", "."))
        .resolve("../../shared/real-us").toString())).toAbsolutePath().normalize();
    if (!Files.isRegularFile(p.resolve(RealFrames.CATALOGUE))) {
      throw new IllegalStateException("no real-us frames at " + p + " (set -Dinjectplan.realus=DIR to the folder"
          + " holding FILES.tsv)");
    }
    return p;
  }

  @BeforeAll
  static void measure() {
    sim = RealNeedle.simulated(NeedleFrameSet.make(RealNeedleSection.SIM_SEED));
  }

  @Test
  void noNeedleIsReportedOnTheNeedleFreeCopies() {
    List<String> reported = sim.stream().filter(RealNeedle.SimResult::falseOnFree).map(RealNeedle.SimResult::name)
        .toList();
    assertTrue(reported.isEmpty(), "needle reported on the needle-free copies of " + reported);
  }

  /**
   * Measured: 34 of 48 found (goal 90%: NOT met), within 2 deg and 1 mm on 29 of 48 (goal 80%: NOT
   * met, see docs/planning.md); these floors keep what holds from slipping.
   */
  @Test
  void theSimulatedNeedlesAreFoundAndMostTipsAreRight() {
    long found = sim.stream().filter(RealNeedle.SimResult::found).count();
    long within = sim.stream().filter(RealNeedle.SimResult::withinGoal).count();
    assertTrue(found >= 0.65 * sim.size(), "found " + found + " of " + sim.size());
    assertTrue(within >= 0.55 * sim.size(), "within 2 deg and 1 mm: " + within + " of " + sim.size());
    for (RealNeedle.SimResult r : sim) {
      if (r.found()) {
        assertTrue(r.angleErrDeg() <= RealNeedle.ANGLE_GOAL_DEG + 1, r.name() + ": angle off " + r.angleErrDeg());
      }
    }
  }

  /**
   * Measured 3 of 924 (0123: 10 mm of subcutaneous fascia at 4 deg right under the skin line;
   * lumify-knee twice: the trochlea's straight cartilage-bone line at 26 deg); before the
   * straightness and length tests 30 of 924, and 9 of 924 for the line detector of main. With the
   * stricter bone finder merged beside it (bone found on 65 of 204 usgra-seg frames, not 131) one
   * more band is no longer left out as bone: 4 of 924 (0227, a fascia band at 17 deg). The goal is
   * none: NOT met; this keeps it at most 4.
   */
  @Test
  void realFramesWithoutANeedleGetAtMostFourFalseReports() throws Exception {
    Map<String, List<RealFrame>> sets = RealFrames.read(realUs());
    List<RealNeedle.FalseReport> all = new ArrayList<>();
    int paths = 0;
    for (List<RealFrame> frames : sets.values()) {
      all.addAll(RealNeedle.falseReports(frames));
      paths += frames.size() * RealNeedle.PATHS_PER_FRAME;
    }
    System.out.printf(Locale.ROOT, "needle: %d false reports on %d paths of real needle-free frames%n", all.size(), paths);
    for (RealNeedle.FalseReport r : all) {
      System.out.println("  " + r);
    }
    assertTrue(all.size() <= 4, all.size() + " false reports of " + paths + ": " + all);
  }
}
