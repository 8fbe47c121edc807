package org.injectplan.scan;

/** Where a scan's millimetres come from; reported with every measurement. */
public enum CalibrationSource {
  /** A 2D tissue region of the Sequence of Ultrasound Regions (0018,6011), units centimetres. */
  US_REGION,
  /** Pixel Spacing (0028,0030). */
  PIXEL_SPACING,
  /** Imager Pixel Spacing (0018,1164), at the detector: objects in the patient are magnified. */
  IMAGER_PIXEL_SPACING,
  /** Imager Pixel Spacing divided by the magnification (0018,1114, or SID/SOD 0018,1110/1111). */
  MAGNIFICATION_CORRECTED,
  /** A line of known length drawn by the user. */
  MANUAL,
  /** No calibration: measurements are in pixels only. */
  NONE;

  /** In words, with the tag it comes from, as the report and ImageJ show it. */
  public String describe() {
    return switch (this) {
      case US_REGION -> "ultrasound region (0018,6011)";
      case PIXEL_SPACING -> "Pixel Spacing (0028,0030)";
      case IMAGER_PIXEL_SPACING -> "Imager Pixel Spacing (0018,1164), at the detector";
      case MAGNIFICATION_CORRECTED -> "Imager Pixel Spacing corrected for magnification";
      case MANUAL -> "manual calibration";
      case NONE -> "not calibrated: pixels only";
    };
  }
}
