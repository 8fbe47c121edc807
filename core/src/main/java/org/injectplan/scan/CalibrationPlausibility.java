package org.injectplan.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a calibration is one a scanner could have recorded. An ultrasound field is at most
 * about {@link #MAX_US_FIELD_MM} wide or deep (the longest curvilinear probes image about 250
 * mm deep; linear probes are 25-60 mm wide) and its pixels at most about {@link #MAX_US_PIXEL_MM};
 * no X-ray detector is larger than about {@link #MAX_XRAY_FIELD_MM} (flat panels are 43 cm,
 * image intensifiers up to 40 cm). A calibration outside these is usually a placeholder (Pixel
 * Spacing 1\1 written by a converter): it stays reported with its source, and every output that
 * gives millimetres from it carries the warning, which names the figure.
 */
public final class CalibrationPlausibility {
  /** Largest plausible ultrasound field (width or depth), mm. */
  public static final double MAX_US_FIELD_MM = 300;
  /** Largest plausible ultrasound pixel, mm. */
  public static final double MAX_US_PIXEL_MM = 1.0;
  /** Largest plausible X-ray field (width or height at the detector or in the patient), mm. */
  public static final double MAX_XRAY_FIELD_MM = 500;

  private CalibrationPlausibility() {
  }

  /**
   * The warning for a calibration of a frame of {@code columns} x {@code rows} pixels, or empty
   * when it is plausible (or absent: no millimetres, nothing to doubt).
   *
   * @param xray true for projection X-ray (XA, RF, DX, CR...), false for ultrasound and the rest
   */
  public static Optional<String> check(Calibration c, int columns, int rows, boolean xray) {
    if (!c.isCalibrated()) {
      return Optional.empty();
    }
    double cols = c.primaryRegion().map(r -> (double) r.x1() - r.x0() + 1).orElse((double) columns);
    double lines = c.primaryRegion().map(r -> (double) r.y1() - r.y0() + 1).orElse((double) rows);
    double widthMm = cols * c.mmPerPixelX();
    double heightMm = lines * c.mmPerPixelY();
    String figure = String.format(Locale.ROOT, "%.4f x %.4f mm/pixel (%s) gives a field of %.0f x %.0f mm",
        c.mmPerPixelX(), c.mmPerPixelY(), c.source().describe(), widthMm, heightMm);
    if (xray) {
      if (Math.max(widthMm, heightMm) > MAX_XRAY_FIELD_MM) {
        return Optional.of("implausible calibration: " + figure + ", larger than any X-ray detector (about "
            + (int) MAX_XRAY_FIELD_MM + " mm): millimetres are doubtful, check the scanner's calibration");
      }
      return Optional.empty();
    }
    if (Math.max(widthMm, heightMm) > MAX_US_FIELD_MM
        || Math.max(c.mmPerPixelX(), c.mmPerPixelY()) > MAX_US_PIXEL_MM) {
      return Optional.of("implausible calibration: " + figure + "; an ultrasound field is at most about "
          + (int) MAX_US_FIELD_MM + " mm and a pixel at most about " + MAX_US_PIXEL_MM
          + " mm: millimetres are doubtful (a placeholder?), check the scanner's calibration");
    }
    return Optional.empty();
  }
}
