package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.bench.SegmentationAccuracy;
import org.injectplan.bench.SegmentationAccuracy.CaseFigures;
import org.injectplan.bench.SegmentationAccuracy.ModeFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's accuracy goals for the ultrasound capsule on every frame of every US sample, in both
 * modes (automatic; seeded at the reference plan's target on frame 0), each cine run as a cine
 * (the next frame follows the previous one): mean Dice >= 0.95, minimum >= 0.90, worst HD95 <=
 * 1.0 mm. The figures per case are printed (the benchmark prints them with the speed).
 */
class SegmentationAccuracyTest {
  private static final List<String> CASES = List.of("knee-us", "knee-cine", "shoulder-us", "shoulder-cine",
      "hip-us", "hip-cine");
  private static final double MEAN_DICE = 0.95;
  private static final double MIN_DICE = 0.90;
  private static final double MAX_HD95_MM = 1.0;
  private static final List<CaseFigures> FIGURES = new ArrayList<>();

  @BeforeAll
  static void measure() throws Exception {
    for (String id : CASES) {
      CaseFigures f = SegmentationAccuracy.measure(samples(), id, 2, 1);
      System.out.printf("%-14s auto Dice %.3f (min %.3f) HD95 %.2f mm; seeded Dice %.3f (min %.3f) HD95 %.2f mm%n",
          id, f.automatic().diceMean(), f.automatic().diceMin(), f.automatic().hd95MaxMm(), f.seeded().diceMean(),
          f.seeded().diceMin(), f.seeded().hd95MaxMm());
      FIGURES.add(f);
    }
  }

  static Path samples() throws URISyntaxException {
    URL u = SegmentationAccuracyTest.class.getResource("/org/injectplan/samples/knee-us/knee-us.dcm");
    if (u == null) {
      throw new IllegalStateException("the committed samples are not on the class path");
    }
    return Path.of(u.toURI()).getParent().getParent();
  }

  @Test
  void everyFrameOfEveryCaseWasMeasured() {
    int frames = FIGURES.stream().mapToInt(CaseFigures::frames).sum();
    assertTrue(frames == 3 + 3 * 12, "frames measured: " + frames);
  }

  @Test
  void automaticModeMeetsTheGoals() {
    check(FIGURES.stream().map(CaseFigures::automatic).toList(), "automatic");
  }

  @Test
  void seededModeMeetsTheGoals() {
    check(FIGURES.stream().map(CaseFigures::seeded).toList(), "seeded");
  }

  private static void check(List<ModeFigures> modes, String name) {
    double sum = 0;
    int n = 0;
    double min = 1;
    double worst = 0;
    for (ModeFigures m : modes) {
      for (double d : m.dice()) {
        sum += d;
        n++;
        min = Math.min(min, d);
      }
      worst = Math.max(worst, m.hd95MaxMm());
    }
    double mean = sum / n;
    assertTrue(mean >= MEAN_DICE, name + ": mean Dice over " + n + " frames " + mean);
    assertTrue(min >= MIN_DICE, name + ": minimum Dice " + min);
    assertTrue(worst <= MAX_HD95_MM, name + ": worst HD95 " + worst + " mm");
  }
}
