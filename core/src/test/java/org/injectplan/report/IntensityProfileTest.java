package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class IntensityProfileTest {
  static final PlanCalibration HALF_MM = new PlanCalibration(0.5, 0.25, CalibrationSource.PIXEL_SPACING, List.of());
  static final PlanCalibration NONE = new PlanCalibration(null, null, CalibrationSource.NONE, List.of());

  @Test
  void refusesMismatchedOrTooFewSamples() {
    assertThrows(IllegalArgumentException.class, () -> new IntensityProfile(new double[2], new double[3], "mm"));
    assertThrows(IllegalArgumentException.class, () -> new IntensityProfile(new double[1], new double[1], "mm"));
  }

  /** A linear ramp v = 2x + 3y: bilinear interpolation is exact on it, so the naive formula is the truth. */
  static FloatProcessor ramp() {
    FloatProcessor fp = new FloatProcessor(100, 80);
    for (int y = 0; y < 80; y++) {
      for (int x = 0; x < 100; x++) {
        fp.setf(x, y, 2 * x + 3 * y);
      }
    }
    return fp;
  }

  @Test
  void followsTheRampAndMeasuresInMillimetres() {
    PixelPoint e = new PixelPoint(10, 5);
    PixelPoint t = new PixelPoint(70.5, 60.25);
    IntensityProfile p = IntensityProfile.along(ramp(), e, t, HALF_MM);
    assertEquals("mm", p.unit());
    double lengthPx = e.distancePx(t);
    assertEquals((int) Math.ceil(lengthPx) + 1, p.value().length);
    for (int i = 0; i < p.value().length; i++) {
      double f = i / (double) (p.value().length - 1);
      double x = e.xPx() + f * (t.xPx() - e.xPx());
      double y = e.yPx() + f * (t.yPx() - e.yPx());
      assertEquals(2 * x + 3 * y, p.value()[i], 1e-3, "sample " + i);
    }
    assertEquals(Math.hypot(60.5 * 0.5, 55.25 * 0.25), p.length(), 1e-9);
    assertEquals(2 * 70.5 + 3 * 60.25, p.maxValue(), 1e-3);
  }

  @Test
  void uncalibratedIsInPixelsAndColourIsLuminance() {
    ColorProcessor cp = new ColorProcessor(20, 20);
    cp.setColor(new java.awt.Color(90, 90, 90));
    cp.fill();
    IntensityProfile p = IntensityProfile.along(cp, new PixelPoint(2, 2), new PixelPoint(14, 18), NONE);
    assertEquals("px", p.unit());
    assertEquals(20, p.length(), 1e-9);
    for (double v : p.value()) {
      assertEquals(90, v, 1e-6);
    }
  }
}
