package org.injectplan.scan;

/**
 * One item of the Sequence of Ultrasound Regions (0018,6011). Pixel bounds are inclusive, as
 * DICOM writes them. Physical deltas keep their sign (a negative delta means the physical axis
 * runs against the pixel axis); spacing in mm is their magnitude.
 *
 * @param spatialFormat (0018,6012): 1 is 2D, 2 M-mode, 3 spectral, 4 waveform, 5 graphics
 * @param dataType (0018,6014): 1 tissue, 2 colour flow, 3 PW spectral Doppler, ...
 * @param unitsX (0018,6024): 3 is centimetres; 4 seconds, 5 hertz, 0 none, ...
 */
public record UltrasoundRegion(
    int index,
    int x0,
    int y0,
    int x1,
    int y1,
    int spatialFormat,
    int dataType,
    int unitsX,
    int unitsY,
    double deltaX,
    double deltaY) {

  static final int SPATIAL_2D = 1;
  static final int UNITS_CM = 3;

  /** A 2D region whose both axes are in centimetres with a non-zero delta: millimetres apply. */
  public boolean isSpatialCm() {
    return spatialFormat == SPATIAL_2D && unitsX == UNITS_CM && unitsY == UNITS_CM
        && deltaX != 0 && deltaY != 0 && Double.isFinite(deltaX) && Double.isFinite(deltaY);
  }

  public double mmPerPixelX() {
    return Math.abs(deltaX) * 10;
  }

  public double mmPerPixelY() {
    return Math.abs(deltaY) * 10;
  }

  /** Whether the point lies on a pixel of the region (pixel x covers [x, x+1)). */
  public boolean contains(double x, double y) {
    return x >= x0 && x < x1 + 1 && y >= y0 && y < y1 + 1;
  }

  public long area() {
    return (long) (x1 - x0 + 1) * (y1 - y0 + 1);
  }
}
