package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
  @Test
  void refusesNonPositiveLengths() {
    assertThrows(IllegalArgumentException.class, () -> ScaleBar.roundLengthMm(0));
    assertThrows(IllegalArgumentException.class, () -> ScaleBar.roundLengthMm(-3));
    assertThrows(IllegalArgumentException.class, () -> ScaleBar.roundLengthMm(Double.NaN));
  }

  @Test
  void picksTheLargestRoundLengthNotOverTheTarget() {
    double[][] cases = {{23, 20}, {7.3, 5}, {1, 1}, {0.37, 0.2}, {52, 50}, {199, 100}, {10, 10}};
    for (double[] c : cases) {
      assertEquals(c[1], ScaleBar.roundLengthMm(c[0]), 1e-9, "target " + c[0]);
    }
  }
}
