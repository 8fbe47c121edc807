package org.injectplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.injectplan.scan.Scan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real ultrasound frames of {@code shared/real-us} (property {@code injectplan.realus}) through
 * the loader and the capsule segmenter, with the goals of issue 11 as thresholds. The truth is the
 * examiners' hand-drawn vessel masks; none of these frames has an effusion.
 */
class RealUsTest {
  private static Map<String, List<RealFrame>> sets;
  private static RealSeeded.Figures seeded;

  @BeforeAll
  static void load() throws Exception {
    String dir = System.getProperty("injectplan.realus");
    assertTrue(dir != null && Files.isRegularFile(Path.of(dir, RealFrames.CATALOGUE)),
        "no real-us folder (FILES.tsv) at injectplan.realus=" + dir);
    sets = RealFrames.read(Path.of(dir));
    seeded = new RealSeeded().measure(sets.get("usgra-seg"));
  }

  @Test
  void everyFileLoadsWithTheCalibrationOfFilesTsv() throws Exception {
    int n = 0;
    for (List<RealFrame> frames : sets.values()) {
      for (RealFrame f : frames) {
        try (Scan scan = f.open()) {
          scan.frame(0);
          assertEquals("", RealLoading.disagreement(f, scan.calibration()), f.file().toString());
          n++;
        }
      }
    }
    assertEquals(231, n, "FILES.tsv lists 231 files");
  }

  @Test
  void aClickInsideAVesselIsRefusedAtMostOneTimeInTen() {
    assertTrue(seeded.clicks().size() > 100, "vessels measured: " + seeded.clicks().size());
    assertTrue(seeded.refusedShare() <= RealSeeded.GOAL_REFUSED_SHARE, "refused " + seeded.refusalsByReason());
  }

  @Test
  void aClickInsideAVesselOutlinesItOnTheWhole() {
    // The level before the wall contour (0.75) as a floor; the goal of issue 11 (met: 0.830, see
    // docs/algorithms.md) is the next test.
    assertTrue(seeded.diceMean() >= 0.70, "mean Dice " + seeded.diceMean());
  }

  @Test
  void aClickInsideAVesselMeetsTheGoalOfIssue11() {
    assertTrue(seeded.diceMean() >= RealSeeded.GOAL_DICE_MEAN, "mean Dice " + seeded.diceMean());
  }

  @Test
  void automaticSearchReportsACapsuleOnAtMostTwoPercentOfFramesWithoutEffusion() throws Exception {
    List<RealFrame> all = new ArrayList<>();
    sets.values().forEach(all::addAll);
    List<RealSearch.Search> s = new RealSearch().measure(all);
    long reported = s.stream().filter(k -> k.outcome().isFound()).count();
    assertTrue(reported <= RealSearch.GOAL_FALSE_SHARE * s.size(), reported + " of " + s.size());
  }
}
