package org.injectplan.samples;

/**
 * Where the ultrasound image sits in the frame, and its pixel size: a linear-array rectangle
 * (the calibrated 2D region) inside a larger frame whose margins carry the burned-in text and
 * depth marks. Square pixels; the top row of the region is the transducer face (the skin line).
 */
public record UsGeometry(int frameColumns, int frameRows, int regionX0, int regionY0, int regionColumns,
    int regionRows, double mmPerPixel) {

  public UsGeometry {
    if (regionX0 < 0 || regionY0 < 0 || regionColumns < 16 || regionRows < 16
        || regionX0 + regionColumns > frameColumns || regionY0 + regionRows > frameRows) {
      throw new IllegalArgumentException(String.format("region %d,%d %dx%d does not fit a %dx%d frame",
          regionX0, regionY0, regionColumns, regionRows, frameColumns, frameRows));
    }
    if (!(mmPerPixel > 0) || mmPerPixel > 1) {
      throw new IllegalArgumentException("mmPerPixel must be in (0, 1]: " + mmPerPixel);
    }
  }

  /** Last column of the region (inclusive, as DICOM writes region bounds). */
  public int regionX1() {
    return regionX0 + regionColumns - 1;
  }

  /** Last row of the region (inclusive). */
  public int regionY1() {
    return regionY0 + regionRows - 1;
  }

  public double widthMm() {
    return regionColumns * mmPerPixel;
  }

  public double depthMm() {
    return regionRows * mmPerPixel;
  }

  /** Physical delta in centimetres per pixel, as the region calibration stores it. */
  public double deltaCm() {
    return mmPerPixel / 10;
  }
}
