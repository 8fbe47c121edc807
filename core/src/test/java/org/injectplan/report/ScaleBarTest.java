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
  void liesInsideTheUltrasoundRegionWhenThereIsOne() {
    var region = new org.injectplan.plan.PlanCalibration(0.2, 0.2,
        org.injectplan.scan.CalibrationSource.US_REGION, java.util.List.of(100, 50, 600, 450));
    float[] at = ScaleBar.origin(region, 1000, 800);
    assertEquals(120, at[0], 1e-3);
    assertEquals(430, at[1], 1e-3);
    var uniform = new org.injectplan.plan.PlanCalibration(0.2, 0.2,
        org.injectplan.scan.CalibrationSource.PIXEL_SPACING, java.util.List.of());
    float[] frame = ScaleBar.origin(uniform, 1000, 800);
    assertEquals(40, frame[0], 1e-3);
    assertEquals(760, frame[1], 1e-3);
  }

  @Test
  void picksTheLargestRoundLengthNotOverTheTarget() {
    double[][] cases = {{23, 20}, {7.3, 5}, {1, 1}, {0.37, 0.2}, {52, 50}, {199, 100}, {10, 10}};
    for (double[] c : cases) {
      assertEquals(c[1], ScaleBar.roundLengthMm(c[0]), 1e-9, "target " + c[0]);
    }
  }
}
