package org.injectplan.plugin;

import ij.ImagePlus;
import java.util.Locale;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;

/**
 * The calibration of an image as shown: the scan's own (with its source and ultrasound regions)
 * while the image keeps the spacing Open Scan gave it ({@value ScanImage#CALIBRATION_KEY}); a
 * spacing the user set in ImageJ (Analyze &gt; Set Scale, Image &gt; Properties) as a manual
 * calibration, in mm, cm or µm; none once the user removed it. An image Open Scan did not open
 * (ImageJ's own DICOM reader) has the scan's calibration, as ImageJ's reader knows no ultrasound
 * regions.
 */
final class ShownCalibration {
  static final String NONE = "none";

  private ShownCalibration() {
  }

  /** What Open Scan records of the calibration it gave the image. */
  static String property(Calibration c) {
    return c.isCalibrated() ? c.mmPerPixelX() + " " + c.mmPerPixelY() : NONE;
  }

  static Calibration of(ImagePlus imp, Scan scan) {
    String opened = imp.getProp(ScanImage.CALIBRATION_KEY);
    ij.measure.Calibration shown = imp.getCalibration();
    if (opened == null || opened.isBlank() || unchanged(opened, shown)) {
      return scan.calibration();
    }
    if (!shown.scaled()) {
      return Calibration.none("calibration removed in ImageJ", scan.calibration().regions());
    }
    double mmPerUnit = mmPerUnit(imp.getTitle(), shown.getUnit());
    return Calibration.uniform(CalibrationSource.MANUAL, shown.pixelWidth * mmPerUnit, shown.pixelHeight * mmPerUnit,
        String.format(Locale.ROOT, "set in ImageJ: %.4f x %.4f %s/pixel", shown.pixelWidth, shown.pixelHeight,
            shown.getUnit())).checkedFor(scan.columns(), scan.rows(), scan.isFluoroscopy());
  }

  /**
   * Whether the image still has the spacing Open Scan gave it: none, or the same mm per pixel to
   * a relative 1e-6 (a TIFF stores the resolution as a fraction, so a saved and reopened image
   * comes back a little off).
   */
  static boolean unchanged(String opened, ij.measure.Calibration shown) {
    if (NONE.equals(opened) || !shown.scaled()) {
      return NONE.equals(opened) && !shown.scaled();
    }
    String[] xy = opened.trim().split(" ");
    return "mm".equals(shown.getUnit()) && xy.length == 2 && close(Double.parseDouble(xy[0]), shown.pixelWidth)
        && close(Double.parseDouble(xy[1]), shown.pixelHeight);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.abs(a);
  }

  private static double mmPerUnit(String title, String unit) {
    return switch (unit) {
      case "mm" -> 1;
      case "cm" -> 10;
      case "\u00B5m", "um", "micron", "microns" -> 1e-3;
      default -> throw new IllegalArgumentException(title + " is calibrated in " + unit + ": set the scale in mm, cm"
          + " or µm (Analyze > Set Scale)");
    };
  }
}
