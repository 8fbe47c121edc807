package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.nio.file.Path;
import org.injectplan.dicom.BadScanException;
import org.junit.jupiter.api.Test;

/** Open Scan through its static method, headless, on corpus files. */
class OpenScanTest {

  private static Path corpus(String name) {
    return Path.of(System.getProperty("injectplan.corpus"), "real", name);
  }

  @Test
  void refusesABadFileWithItsReason() {
    BadScanException e = assertThrows(BadScanException.class,
        () -> OpenScan.open(corpus("will-jxl_US_cine_JPEGXL.dcm")));
    assertTrue(e.getMessage().contains("unsupported transfer syntax"), e.getMessage());
  }

  @Test
  void aCalibratedCineIsAStackInMillimetresWithItsFrameInterval() throws Exception {
    ImagePlus imp = OpenScan.open(corpus("examples_ybr_color_US_cine_jpeg.dcm"));
    assertEquals(30, imp.getStackSize());
    assertEquals(ImagePlus.COLOR_RGB, imp.getType());
    assertEquals("mm", imp.getCalibration().getUnit());
    assertEquals(0.51049705594778061, imp.getCalibration().pixelWidth, 1e-12);
    assertTrue(imp.getCalibration().frameInterval > 0, "frame interval from the file");
    assertEquals(1, imp.getOverlay().size(), "the one ultrasound region is drawn");
    assertTrue(((String) imp.getProperty("Info")).contains("Calibration source: US_REGION"));
  }

  @Test
  void anUncalibratedScanStaysInPixels() throws Exception {
    ImagePlus imp = OpenScan.open(corpus("XA1_JPLL.dcm")); // JPEG lossless, 10 bits
    assertEquals(ImagePlus.GRAY16, imp.getType());
    assertEquals("pixel", imp.getCalibration().getUnit());
    assertEquals(1.0, imp.getCalibration().pixelWidth, 0);
    assertTrue(((String) imp.getProperty("Info")).contains("Measurements are in pixels"));
  }

  @Test
  void everyRegionIsDrawnAndTheCalibratedOneStandsOut() throws Exception {
    ImagePlus imp = OpenScan.open(corpus("no-pixel-spacing_US_palette_RLE.dcm"));
    assertEquals(3, imp.getOverlay().size());
    long highlighted = java.util.stream.IntStream.range(0, 3)
        .filter(i -> OpenScan.CALIBRATED_REGION.equals(imp.getOverlay().get(i).getStrokeColor())).count();
    assertEquals(1, highlighted);
  }
}
