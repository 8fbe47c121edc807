package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import ij.process.ShortProcessor;
import java.awt.image.BufferedImage;
import java.util.List;
import org.injectplan.plan.Deposition;
import org.injectplan.plan.Needle;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Structure;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class KeyImageTest {
  static final int GREY = 100;

  static Plan plan(PlanCalibration cal, Double bolusMm) {
    Double mm = cal.isCalibrated() ? 10.0 : null;
    Structure capsule = new Structure("capsule", List.of(new PixelPoint(150, 150), new PixelPoint(250, 150),
        new PixelPoint(250, 250), new PixelPoint(150, 250)));
    return new Plan(new ScanReference("a.dcm", "1.2", "1"), 0, cal, new PixelPoint(200, 200),
        new PixelPoint(40, 40), null, "in-plane", 45, null, mm, mm, mm, null, new Needle(22, 90),
        new Deposition(1, bolusMm, 1, null), null, List.of(), capsule, List.of(), PlanJson.VERSION);
  }

  static ByteProcessor grey() {
    ByteProcessor bp = new ByteProcessor(300, 300);
    bp.setValue(GREY);
    bp.fill();
    bp.set(0, 0, 0);
    bp.set(1, 0, 255);
    return bp;
  }

  static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xFFFFFF;
  }

  @Test
  void drawsTrajectoryCapsuleAndBolusWhereThePlanSays() {
    PlanCalibration cal = new PlanCalibration(0.5, 0.5, CalibrationSource.PIXEL_SPACING, List.of());
    BufferedImage img = KeyImage.render(grey(), plan(cal, 20.0));
    assertEquals(300, img.getWidth());
    assertEquals(KeyImage.TRAJECTORY.getRGB() & 0xFFFFFF, rgb(img, 120, 120), "midpoint of the trajectory");
    assertEquals(KeyImage.CAPSULE.getRGB() & 0xFFFFFF, rgb(img, 200, 150), "top edge of the capsule");
    // Bolus radius 20 mm at 0.5 mm/px: 40 px right of the target.
    assertEquals(KeyImage.BOLUS.getRGB() & 0xFFFFFF, rgb(img, 240, 200), "bolus circle");
    assertEquals(GREY * 0x010101, rgb(img, 280, 60), "untouched image");
  }

  @Test
  void uncalibratedHasNoBolusCircle() {
    PlanCalibration none = new PlanCalibration(null, null, CalibrationSource.NONE, List.of());
    BufferedImage img = KeyImage.render(grey(), plan(none, null));
    int bolus = KeyImage.BOLUS.getRGB() & 0xFFFFFF;
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        assertTrue(rgb(img, x, y) != bolus, "bolus colour at " + x + "," + y);
      }
    }
  }

  @Test
  void deepGreyIsScaledToItsRange() {
    ShortProcessor sp = new ShortProcessor(4, 1);
    sp.set(0, 0, 1000);
    sp.set(1, 0, 3000);
    sp.set(2, 0, 2000);
    sp.set(3, 0, 1000);
    BufferedImage img = KeyImage.toRgb(sp);
    assertEquals(0x000000, rgb(img, 0, 0));
    assertEquals(0xFFFFFF, rgb(img, 1, 0));
    assertEquals(128, rgb(img, 2, 0) & 0xFF, 1);
  }
}
