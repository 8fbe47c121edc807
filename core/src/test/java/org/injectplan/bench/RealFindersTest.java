package org.injectplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The structures found for planning on the real frames of {@code shared/real-us/usgra-seg}
 * (property {@code injectplan.realus}) against the examiners' hand-drawn masks. These are nerve-block
 * views: bone is seldom in them, and a plan to the hand-drawn nerve is refused only when a found
 * structure blocks every path, naming it.
 */
class RealFindersTest {
  private static RealFinders.Figures fig;

  @BeforeAll
  static void measure() throws Exception {
    String dir = System.getProperty("injectplan.realus");
    assertTrue(dir != null && Files.isRegularFile(Path.of(dir, RealFrames.CATALOGUE)),
        "no real-us folder (FILES.tsv) at injectplan.realus=" + dir);
    fig = new RealFinders().measure(RealFrames.read(Path.of(dir)).get("usgra-seg"));
  }

  /**
   * Frames judged bone-free by looking at them (pictures of the found bone drawn over the frame):
   * fascia lines, hypoechoic muscle bellies with their bright rims, the attenuated deep field and
   * dark strips at the region's sides where the probe lost contact, with no bright line over a black
   * shadow. Before the shadow-beside-it rule (BoneShadow) bone was reported on all 7.
   */
  static final java.util.Set<String> JUDGED_BONE_FREE = java.util.Set.of("0000.dcm", "0042.dcm", "0045.dcm",
      "0052.dcm", "0053.dcm", "0064.dcm", "0072.dcm");

  @Test
  void boneIsFoundOnFewNerveBlockViews() {
    // Measured 44 of 204 with the shadow judged against the tissue beside it (65 before, 131 before that).
    assertEquals(204, fig.frames().size(), "frames with a mask");
    assertTrue(fig.boneFrames() <= 46, "bone found on " + fig.boneFrames() + " of 204");
  }

  @Test
  void boneIsNotFoundOnFramesJudgedBoneFree() {
    // Measured: 1 of 7 (0052.dcm: the deep rim of a muscle belly over the attenuated deep field).
    java.util.List<String> found = fig.frames().stream().filter(f -> f.bone() && JUDGED_BONE_FREE.contains(f.name()))
        .map(RealFinders.Frame::name).toList();
    assertEquals(JUDGED_BONE_FREE.size(), fig.frames().stream().filter(f -> JUDGED_BONE_FREE.contains(f.name())).count());
    assertTrue(found.size() <= 1, "bone on frames judged bone-free: " + found);
  }

  @Test
  void aRefusedPlanNamesWhatBlocksIt() {
    // Measured 14 of 204 refused, all by a found vessel (18 before the shadow-beside-it rule, 31 before the
    // bone rules), each naming the found structure that blocks it.
    int refused = 0;
    for (RealFinders.Frame f : fig.frames()) {
      if (f.refusal() != null && !f.refusal().isEmpty()) {
        refused++;
        assertTrue(f.refusal().contains("(found in the image)") || f.refusal().contains("even without structures"),
            f.name() + ": " + f.refusal());
      }
    }
    assertTrue(refused <= 16, "refused " + fig.refusalsByReason());
  }

  @Test
  void whatTheVesselFinderFindsIsNoWorseThanMeasured() {
    // Floors a little below the level measured with the local lumen chosen by its closed ring
    // (coverage 0.251, false share 0.609; by its wall peaks 0.232 and 0.626; before the local
    // choice 0.062 and 0.761): far from the goals, but a regression fails here.
    assertTrue(fig.coverageMean() >= 0.24, "coverage " + fig.coverageMean());
    assertTrue(fig.falseShareMean() <= 0.63, "false share " + fig.falseShareMean());
  }

  @Test
  @Disabled("issue 11 goal not met: vessel coverage 0.249, false share 0.604 (measured 2026-12-03 after vessel5 "
      + "and bone5); the lumens' features overlap those of "
      + "hypoechoic muscle, fat and nerves (docs/algorithms.md, real frames)")
  void theVesselFinderMeetsTheGoalsOfIssue11() {
    assertTrue(fig.coverageMean() >= RealFinders.GOAL_COVERAGE, "coverage " + fig.coverageMean());
    assertTrue(fig.falseShareMean() <= RealFinders.GOAL_FALSE_SHARE, "false share " + fig.falseShareMean());
  }
}
