package org.injectplan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DecimalStringAttribute;
import java.util.List;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final double EPS = 1e-12;

  @Test
  void refusesBadManualCalibrations() {
    assertThrows(IllegalArgumentException.class, () -> Calibration.manual(5, 5, 5, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> Calibration.manual(0, 0, 10, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Calibration.manual(0, 0, 10, 0, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Calibration.uniform(CalibrationSource.PIXEL_SPACING, -1, 1, "x"));
  }

  @Test
  void uncalibratedScansHaveNoMillimetres() {
    Calibration c = Calibration.none("nothing", List.of());
    assertFalse(c.isCalibrated());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.distanceMm(0, 0, 3, 4));
    assertTrue(e.getMessage().contains("not calibrated"), e.getMessage());
  }

  @Test
  void manualCalibrationFromALineOfKnownLength() {
    Calibration c = Calibration.manual(10, 10, 40, 50, 25.0); // 50 pixels long
    assertEquals(CalibrationSource.MANUAL, c.source());
    assertEquals(0.5, c.mmPerPixelX(), EPS);
    assertEquals(25.0, c.distanceMm(10, 10, 40, 50), EPS, "the line measures what it was said to");
  }

  @Test
  void ultrasoundRegionsApplyWhereTheyLieAndNotAcross() {
    UltrasoundRegion tissue = new UltrasoundRegion(1, 0, 0, 99, 99, 1, 1, 3, 3, 0.02, 0.02);
    UltrasoundRegion second = new UltrasoundRegion(2, 100, 0, 199, 99, 1, 1, 3, 3, -0.03, 0.03);
    UltrasoundRegion doppler = new UltrasoundRegion(3, 0, 100, 199, 149, 3, 3, 4, 5, 0.01, 0.5);
    Calibration c = Calibration.ultrasound(List.of(tissue, second, doppler));
    assertEquals(CalibrationSource.US_REGION, c.source());
    assertEquals(0.2, c.distanceMm(10, 10, 11, 10), EPS, "0.02 cm is 0.2 mm");
    assertEquals(0.3, c.distanceMm(110, 10, 111, 10), EPS, "a negative delta measures its magnitude");
    IllegalArgumentException across = assertThrows(IllegalArgumentException.class,
        () -> c.distanceMm(50, 50, 150, 50));
    assertTrue(across.getMessage().contains("crosses ultrasound regions 1 and 2"), across.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> c.distanceMm(50, 120, 60, 120));
    assertTrue(outside.getMessage().contains("outside every calibrated"), outside.getMessage());
  }

  @Test
  void theLargestCalibratedRegionIsPrimary() {
    UltrasoundRegion small = new UltrasoundRegion(1, 0, 0, 9, 9, 1, 1, 3, 3, 0.05, 0.05);
    UltrasoundRegion large = new UltrasoundRegion(2, 10, 0, 109, 99, 1, 1, 3, 3, 0.01, 0.02);
    Calibration c = Calibration.ultrasound(List.of(small, large));
    assertEquals(2, c.primaryRegion().orElseThrow().index());
    assertEquals(0.1, c.mmPerPixelX(), EPS);
    assertEquals(0.2, c.mmPerPixelY(), EPS);
  }

  @Test
  void regionsWithoutCentimetresLeaveTheScanUncalibrated() {
    UltrasoundRegion mmode = new UltrasoundRegion(1, 0, 0, 9, 9, 2, 1, 3, 4, 0.05, 0.01);
    assertEquals(CalibrationSource.NONE, Calibration.ultrasound(List.of(mmode)).source());
  }

  private static Header xray(String ips, String factor, String sid, String sod) throws Exception {
    AttributeList l = new AttributeList();
    put(l, DicomTags.IMAGER_PIXEL_SPACING, ips);
    put(l, DicomTags.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION_FACTOR, factor);
    put(l, DicomTags.DISTANCE_SOURCE_TO_DETECTOR, sid);
    put(l, DicomTags.DISTANCE_SOURCE_TO_PATIENT, sod);
    return new Header(l);
  }

  private static void put(AttributeList l, com.pixelmed.dicom.AttributeTag tag, String value) throws Exception {
    if (value != null) {
      DecimalStringAttribute a = new DecimalStringAttribute(tag);
      for (String v : value.split("\\\\")) {
        a.addValue(v);
      }
      l.put(a);
    }
  }

  @Test
  void imagerPixelSpacingIsAtTheDetectorUnlessCorrected() throws Exception {
    Calibration detector = CalibrationReader.read(xray("0.2\\0.3", null, null, null));
    assertEquals(CalibrationSource.IMAGER_PIXEL_SPACING, detector.source());
    assertTrue(detector.isAtDetector());
    assertEquals(0.3, detector.mmPerPixelX(), EPS, "the second value is the column spacing");
    assertEquals(0.2, detector.mmPerPixelY(), EPS);

    Calibration factor = CalibrationReader.read(xray("0.2\\0.2", "1.25", "1000", "700"));
    assertEquals(CalibrationSource.MAGNIFICATION_CORRECTED, factor.source());
    assertEquals(0.16, factor.mmPerPixelX(), EPS, "the magnification factor comes first");

    Calibration geometry = CalibrationReader.read(xray("0.2\\0.2", null, "1000", "800"));
    assertEquals(CalibrationSource.MAGNIFICATION_CORRECTED, geometry.source());
    assertEquals(0.16, geometry.mmPerPixelX(), EPS, "0.2 x 800 / 1000");
    assertFalse(geometry.isAtDetector());

    Calibration impossible = CalibrationReader.read(xray("0.2\\0.2", null, "800", "1000"));
    assertEquals(CalibrationSource.IMAGER_PIXEL_SPACING, impossible.source(), "SOD > SID is not used");
  }
}
