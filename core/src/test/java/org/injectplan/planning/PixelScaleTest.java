package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class PixelScaleTest {
  @Test
  void badSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PixelScale(0, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new PixelScale(1, Double.NaN, true));
    assertThrows(IllegalArgumentException.class, () -> new PixelScale(Double.POSITIVE_INFINITY, 1, true));
  }

  @Test
  void fromTheCalibration() {
    PixelScale s = PixelScale.at(Calibration.uniform(CalibrationSource.PIXEL_SPACING, 0.2, 0.3, "t"), 5, 5);
    assertTrue(s.calibrated());
    assertEquals(Math.hypot(3 * 0.2, 4 * 0.3), s.lengthMm(3, 4), 1e-12);
    PixelScale none = PixelScale.at(Calibration.none("t", List.of()), 5, 5);
    assertFalse(none.calibrated());
    assertEquals(5, none.lengthMm(3, 4), 1e-12, "pixels when uncalibrated");
  }
}
