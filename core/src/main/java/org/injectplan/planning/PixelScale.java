package org.injectplan.planning;

import org.injectplan.scan.Calibration;

/**
 * The millimetres of one pixel where a plan lies, as {@link Calibration} gives them; for an
 * uncalibrated scan the planner works in pixels ({@code calibrated} false, one unit a pixel).
 */
public record PixelScale(double mmPerPixelX, double mmPerPixelY, boolean calibrated) {
  public PixelScale {
    if (!(mmPerPixelX > 0) || !(mmPerPixelY > 0) || !Double.isFinite(mmPerPixelX) || !Double.isFinite(mmPerPixelY)) {
      throw new IllegalArgumentException("pixel size must be positive and finite: " + mmPerPixelX + " x "
          + mmPerPixelY);
    }
  }

  /** Pixels only. */
  public static PixelScale pixels() {
    return new PixelScale(1, 1, false);
  }

  /**
   * The scale at a pixel position.
   *
   * @throws IllegalArgumentException when the scan is calibrated but the position lies outside
   *     every calibrated region
   */
  public static PixelScale at(Calibration c, double x, double y) {
    if (!c.isCalibrated()) {
      return pixels();
    }
    Calibration.Spacing s = c.spacingAt(x, y).orElseThrow(() -> new IllegalArgumentException(
        String.format(java.util.Locale.ROOT, "(%.1f, %.1f) lies outside every calibrated region", x, y)));
    return new PixelScale(s.mmPerPixelX(), s.mmPerPixelY(), true);
  }

  /** The length of the pixel displacement (dx, dy), in millimetres (pixels when uncalibrated). */
  public double lengthMm(double dxPx, double dyPx) {
    return Math.hypot(dxPx * mmPerPixelX, dyPx * mmPerPixelY);
  }
}
