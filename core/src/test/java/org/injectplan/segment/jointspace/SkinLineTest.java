package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.FloatProcessor;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SkinLineTest {
  /** Where the drawn skin lies, pixels (continuous). */
  private static final double SKIN_X = 140.3;
  /** The collimator blade's edge: dark beyond it. */
  private static final int BLADE_X = 185;
  private static final double TOLERANCE_PX = 1.0;

  /**
   * A lateral view's row drawn from the chord model: a body whose outline is at {@link #SKIN_X}
   * (its attenuation grows as the square root of the distance inside, as a round body's chord does),
   * a bright skin-coloured glint inside it 2 px wide, air up to the blade, then the blade; seeded
   * noise of 1% of the range.
   */
  private static FloatProcessor drawn() {
    Random rng = new Random(20240115L);
    FloatProcessor f = new FloatProcessor(200, 40);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 200; x++) {
        double c = x + 0.5;
        double v = c < SKIN_X ? 1000 - 40 * Math.sqrt(SKIN_X - c) - 40 : 1000;
        if (x == 80 || x == 81) {
          v = 1000;
        }
        if (x >= BLADE_X) {
          v = 60;
        }
        f.setf(x, y, (float) (v + 10 * rng.nextGaussian()));
      }
    }
    f.resetMinAndMax();
    return f;
  }

  @Test
  void badInputIsRefused() {
    FloatProcessor f = drawn();
    assertThrows(IllegalArgumentException.class, () -> SkinLine.find(null, new double[] {20, 20},
        new double[] {199, 20}));
    assertThrows(IllegalArgumentException.class, () -> SkinLine.find(f, new double[] {20, 20}, new double[] {20, 20}));
    assertThrows(IllegalArgumentException.class, () -> SkinLine.find(f, new double[] {-5, 20}, new double[] {199, 20}));
    assertThrows(IllegalArgumentException.class, () -> SkinLine.find(f, new double[] {20}, new double[] {199, 20}));
    assertThrows(IllegalArgumentException.class, () -> SkinLine.find(f, new double[] {Double.NaN, 20},
        new double[] {199, 20}));
  }

  @Test
  void theOutermostTissueAirBoundaryIsFoundPastAGlintAndBeforeTheBlade() {
    SkinLine.Result r = SkinLine.find(drawn(), new double[] {20, 20}, new double[] {199, 20});
    assertTrue(r.found(), r.reason());
    assertEquals(SKIN_X, r.xPx(), TOLERANCE_PX);
    assertEquals(20, r.yPx(), 1e-9);
  }

  @Test
  void aSlantedLineFindsTheSkinWhereItCrossesTheOutline() {
    // From (20, 5) towards (199, 35): the outline is vertical, so the crossing is at x = SKIN_X.
    SkinLine.Result r = SkinLine.find(drawn(), new double[] {20, 5}, new double[] {199, 35});
    assertTrue(r.found(), r.reason());
    assertEquals(SKIN_X, r.xPx(), TOLERANCE_PX);
    assertEquals(5 + (SKIN_X - 20) * 30 / 179, r.yPx(), TOLERANCE_PX);
  }

  @Test
  void withoutAirOnThatSideNoSkinIsFoundAndTheReasonSaysWhy() {
    SkinLine.Result r = SkinLine.find(drawn(), new double[] {100, 20}, new double[] {0, 20});
    assertFalse(r.found());
    assertTrue(Double.isNaN(r.xPx()));
    assertTrue(r.reason().contains("air"), r.reason());
    // Air cut short by a blade: a strip narrower than the least air run is not air.
    FloatProcessor f = drawn();
    for (int y = 0; y < 40; y++) {
      for (int x = (int) SKIN_X + 3; x < BLADE_X; x++) {
        f.setf(x, y, 60);
      }
    }
    SkinLine.Result cut = SkinLine.find(f, new double[] {20, 20}, new double[] {199, 20});
    assertFalse(cut.found(), "found " + cut.xPx());
  }
}
