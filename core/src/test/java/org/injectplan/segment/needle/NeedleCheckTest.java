package org.injectplan.segment.needle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.plan.Deposition;
import org.injectplan.plan.Needle;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Structure;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class NeedleCheckTest {
  static final Calibration CAL = Calibration.uniform(CalibrationSource.PIXEL_SPACING, 0.1, 0.1, "test");

  static Plan plan(PixelPoint entry, PixelPoint target, Structure capsule) {
    PlanCalibration cal = PlanCalibration.of(CAL);
    return new Plan(new ScanReference("a.dcm", "1.2", "1.3"), 0, cal, target, entry, "knee", "in-plane", 20,
        "transducer face", 5.0, 10.0, null, null, new Needle(22, 50), new Deposition(1, 6.2, 0.5, null), null,
        List.of(), capsule, List.of(), PlanJson.VERSION);
  }

  static Structure square(double x0, double y0, double x1, double y1) {
    return new Structure("capsule", List.of(new PixelPoint(x0, y0), new PixelPoint(x1, y0), new PixelPoint(x1, y1),
        new PixelPoint(x0, y1)));
  }

  @Test
  void refusesADownTheBeamPlanAndAFrameTooSmall() {
    Plan coaxial = plan(new PixelPoint(50, 50), new PixelPoint(50, 50), null);
    assertThrows(IllegalArgumentException.class, () -> NeedleCheck.check(coaxial, new ByteProcessor(100, 100), CAL));
    Plan inPlane = plan(new PixelPoint(10, 0), new PixelPoint(60, 40), null);
    Plan onRegion = new Plan(inPlane.scan(), 0, new PlanCalibration(0.1, 0.1, CalibrationSource.US_REGION,
        List.of(0, 0, 99, 99)), inPlane.target(), inPlane.entry(), "knee", "in-plane", 20, null, 5.0, 10.0, null, null,
        inPlane.needle(), inPlane.deposition(), null, List.of(), null, List.of(), PlanJson.VERSION);
    assertThrows(IllegalArgumentException.class, () -> NeedleCheck.check(onRegion, new ByteProcessor(50, 50), CAL),
        "the frame does not hold the plan's region");
  }

  @Test
  void fillTakesThePixelsOfTheOutlineThroughPixelCentres() {
    // An outline through the centres of pixels 10..20 x 5..9 (as Outline writes it) fills exactly them.
    Mask m = NeedleCheck.fill(square(10.5, 5.5, 20.5, 9.5), 40, 20);
    assertEquals(11 * 5, m.count());
    assertTrue(m.get(10, 5) && m.get(20, 9) && !m.get(9, 5) && !m.get(21, 9) && !m.get(15, 10));
  }

  @Test
  void aBlankFrameHasNoNeedle() {
    Plan p = plan(new PixelPoint(10, 0), new PixelPoint(60, 40), square(50.5, 30.5, 70.5, 50.5));
    assertTrue(NeedleCheck.check(p, new ByteProcessor(100, 100), CAL).isEmpty());
  }
}
