package org.injectplan.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a scanner could have recorded: the bounds and the figure each warning names. */
class CalibrationPlausibilityTest {

  @Test
  void aPlaceholderPixelSpacingOnUltrasoundIsNamedWithItsField() {
    Calibration c = Calibration.uniform(CalibrationSource.PIXEL_SPACING, 1.0, 1.0, "Pixel Spacing (0028,0030)")
        .checkedFor(1216, 684, false);
    String w = c.implausibility().orElseThrow();
    assertTrue(w.contains("1216 x 684 mm"), w);
    assertTrue(w.contains("1.0000 x 1.0000 mm/pixel"), w);
    assertTrue(c.isCalibrated(), "the source stays reported");
    assertTrue(c.mmPerPixelX() == 1.0);
  }

  @Test
  void aRealisticUltrasoundRegionPassesAndALargePixelDoesNot() {
    UltrasoundRegion linear = new UltrasoundRegion(1, 0, 0, 639, 479, 1, 1, 3, 3, 0.008, 0.008);
    assertFalse(Calibration.ultrasound(List.of(linear)).checkedFor(640, 480, false).implausibility().isPresent(),
        "51 x 38 mm");
    // a 250 mm deep abdominal sector at 0.5 mm/pixel is still plausible
    UltrasoundRegion deep = new UltrasoundRegion(1, 0, 0, 499, 499, 1, 1, 3, 3, 0.05, 0.05);
    assertFalse(Calibration.ultrasound(List.of(deep)).checkedFor(500, 500, false).implausibility().isPresent());
    // a 1.2 mm pixel over a small field: the pixel alone is implausible
    UltrasoundRegion coarse = new UltrasoundRegion(1, 0, 0, 99, 99, 1, 1, 3, 3, 0.12, 0.12);
    String w = Calibration.ultrasound(List.of(coarse)).checkedFor(100, 100, false).implausibility().orElseThrow();
    assertTrue(w.contains("1.2000 x 1.2000 mm/pixel") && w.contains("120 x 120 mm"), w);
    // the region's size counts, not the frame's
    UltrasoundRegion wide = new UltrasoundRegion(1, 0, 0, 1099, 99, 1, 1, 3, 3, 0.03, 0.03);
    assertTrue(Calibration.ultrasound(List.of(wide)).checkedFor(1100, 700, false).implausibility().isPresent(),
        "330 mm wide");
  }

  @Test
  void anXrayFieldIsBoundedByTheLargestDetector() {
    Calibration panel = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.139, 0.139, "at the detector")
        .checkedFor(3072, 3072, true);
    assertFalse(panel.implausibility().isPresent(), "427 mm: a 43 cm flat panel");
    Calibration placeholder = Calibration.uniform(CalibrationSource.PIXEL_SPACING, 1.0, 1.0, "Pixel Spacing")
        .checkedFor(1024, 1024, true);
    String w = placeholder.implausibility().orElseThrow();
    assertTrue(w.contains("1024 x 1024 mm") && w.contains("X-ray detector"), w);
    // 1 mm pixels are not implausible on X-ray by themselves (binned fluoroscopy)
    assertFalse(Calibration.uniform(CalibrationSource.PIXEL_SPACING, 1.0, 1.0, "Pixel Spacing")
        .checkedFor(300, 300, true).implausibility().isPresent());
  }

  @Test
  void noCalibrationHasNothingToDoubt() {
    assertFalse(Calibration.none("none", List.of()).checkedFor(1000, 1000, false).implausibility().isPresent());
  }
}
