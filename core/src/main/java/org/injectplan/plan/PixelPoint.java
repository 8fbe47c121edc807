package org.injectplan.plan;

/** A position in the full frame, in pixels: x to the right, y down, origin top-left. */
public record PixelPoint(double xPx, double yPx) {
  public PixelPoint {
    if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
      throw new IllegalArgumentException("pixel position must be finite: (" + xPx + ", " + yPx + ")");
    }
  }

  /** The distance to {@code other}, in pixels. */
  public double distancePx(PixelPoint other) {
    return Math.hypot(other.xPx - xPx, other.yPx - yPx);
  }
}
