package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.io.IOException;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/**
 * What ties an image to InjectPlan: its scan file, its sample and the plan kept on it as text; the
 * scan as the image shows it, refused once the image is no longer of the scan's size.
 */
class ScanImageTest {
  @Test
  void anImageCroppedResizedOrCutShortIsRefusedWithTheReason() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    String size = imp.getWidth() + "x" + imp.getHeight();
    imp.setRoi(10, 20, 200, 150);
    ImagePlus cropped = imp.crop();
    cropped.setTitle("cropped");
    cropped.setProp(ScanImage.SCAN_KEY, imp.getProp(ScanImage.SCAN_KEY));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScanImage.open(cropped));
    assertTrue(e.getMessage().startsWith("cropped is 200x150 pixels but its scan knee-us.dcm is " + size
        + " (resized or cropped)"), e.getMessage());
    IllegalArgumentException seg = assertThrows(IllegalArgumentException.class, () -> SegmentCapsule.segment(cropped,
        java.util.Optional.empty(), org.injectplan.segment.ProgressListener.NONE));
    assertEquals(e.getMessage(), seg.getMessage(), "Segment Capsule refuses it too");
    ImagePlus resized = imp.resize(imp.getWidth() / 2, imp.getHeight() / 2, "bilinear");
    resized.setProp(ScanImage.SCAN_KEY, imp.getProp(ScanImage.SCAN_KEY));
    assertThrows(IllegalArgumentException.class, () -> ScanImage.open(resized));

    ImagePlus cine = OpenSample.open("knee-cine");
    int frames = cine.getStackSize();
    ij.ImageStack stack = cine.getStack();
    stack.deleteLastSlice();
    cine.setStack(stack);
    e = assertThrows(IllegalArgumentException.class, () -> ScanImage.open(cine));
    assertTrue(e.getMessage().contains("has " + (frames - 1) + " slice(s) but its scan knee-cine.dcm has " + frames
        + " frame(s)"), e.getMessage());
  }

  @Test
  void aSavedAndReopenedImageKeepsItsScansCalibration(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    String tif = dir.resolve("knee.tif").toString();
    assertTrue(ij.IJ.saveAsTiff(imp, tif));
    ImagePlus reopened = ij.IJ.openImage(tif);
    assertEquals(imp.getProp(ScanImage.CALIBRATION_KEY), reopened.getProp(ScanImage.CALIBRATION_KEY));
    try (Scan shown = ScanImage.open(reopened)) {
      assertEquals(CalibrationSource.US_REGION, shown.calibration().source(), reopened.getCalibration().toString());
    }
  }

  @Test
  void theCalibrationIsTheScansUntilTheUserSetsAnotherInImageJ() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Calibration file;
    try (Scan scan = ScanLoader.open(ScanImage.scanFile(imp))) {
      file = scan.calibration();
    }
    try (Scan shown = ScanImage.open(imp)) {
      assertEquals(CalibrationSource.US_REGION, shown.calibration().source());
      assertEquals(file.regions(), shown.calibration().regions(), "the regions come from the file");
      assertEquals(file.mmPerPixelX(), shown.calibration().mmPerPixelX(), 0);
    }
    ij.measure.Calibration opened = imp.getCalibration().copy();
    ij.measure.Calibration set = opened.copy();
    set.pixelWidth = 0.05;
    set.pixelHeight = 0.04;
    set.setUnit("cm");
    imp.setCalibration(set);
    try (Scan shown = ScanImage.open(imp)) {
      assertEquals(CalibrationSource.MANUAL, shown.calibration().source());
      assertEquals(0.5, shown.calibration().mmPerPixelX(), 1e-12, "0.05 cm = 0.5 mm");
      assertEquals(0.4, shown.calibration().mmPerPixelY(), 1e-12);
      assertTrue(shown.calibration().note().startsWith("set in ImageJ"), shown.calibration().note());
    }
    set.setUnit("furlong");
    imp.setCalibration(set);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScanImage.open(imp));
    assertTrue(e.getMessage().contains("calibrated in furlong"), e.getMessage());
    imp.setCalibration(new ij.measure.Calibration());
    try (Scan shown = ScanImage.open(imp)) {
      assertFalse(shown.calibration().isCalibrated(), "the user removed the calibration");
    }
    imp.setCalibration(opened);
    try (Scan shown = ScanImage.open(imp)) {
      assertEquals(CalibrationSource.US_REGION, shown.calibration().source(), "set back: the file's again");
    }
  }

  @Test
  void refusesAnImageWithoutAScanAndAPlanThatIsNotOne() {
    ImagePlus blank = ij.IJ.createImage("blank", "8-bit black", 16, 16, 1);
    assertThrows(IllegalArgumentException.class, () -> ScanImage.scanFile(blank));
    assertThrows(IllegalArgumentException.class, () -> ScanImage.requirePlan(blank));
    blank.setProp(ScanImage.PLAN_KEY, "{\"version\":\"1\"}");
    IOException e = assertThrows(IOException.class, () -> ScanImage.plan(blank));
    assertTrue(e.getMessage().startsWith("blank: the plan kept on the image is not valid: not a plan"), e.getMessage());
    assertThrows(IOException.class, () -> ScanImage.parse("{", "blank"));
  }

  @Test
  void theSamplesReferencePlanReadsBackFromItsText() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    assertEquals("knee-us", ScanImage.sample(imp).orElseThrow());
    Plan reference = PlanJson.read(ScanImage.scanFile(imp).resolveSibling("knee-us.plan.json"));
    ScanImage.setPlan(imp, reference);
    assertEquals(reference, ScanImage.requirePlan(imp));
    assertEquals(reference, ScanImage.parse(PlanJson.toJson(reference), imp.getTitle()));
  }
}
