package org.injectplan.samples;

import java.util.Random;

/**
 * Random sub-resolution scatterers fixed in the tissue: on a grid in tissue coordinates, one
 * complex Gaussian amplitude per cell (the limit of many scatterers of random phase per cell).
 * Frames of a cine look the scatterers up where the tissue has moved, so speckle moves with it.
 */
public final class ScattererField {
  private final double originUMm;
  private final double originVMm;
  private final double cellMm;
  private final int columns;
  private final int rows;
  private final float[] re;
  private final float[] im;

  /**
   * Covers u in [uMinMm, uMaxMm] and v in [vMinMm, vMaxMm] with cells of {@code cellMm}.
   *
   * @param seed the scatterers of a seed are always the same
   */
  public ScattererField(double uMinMm, double uMaxMm, double vMinMm, double vMaxMm, double cellMm, long seed) {
    if (!(cellMm > 0) || !(uMaxMm > uMinMm) || !(vMaxMm > vMinMm)) {
      throw new IllegalArgumentException("empty scatterer field or non-positive cell size: " + cellMm);
    }
    this.originUMm = uMinMm;
    this.originVMm = vMinMm;
    this.cellMm = cellMm;
    this.columns = (int) Math.ceil((uMaxMm - uMinMm) / cellMm) + 1;
    this.rows = (int) Math.ceil((vMaxMm - vMinMm) / cellMm) + 1;
    this.re = new float[columns * rows];
    this.im = new float[columns * rows];
    Random rng = new Random(seed);
    double s = Math.sqrt(0.5); // E|a|^2 = 1
    for (int i = 0; i < re.length; i++) {
      re[i] = (float) (rng.nextGaussian() * s);
      im[i] = (float) (rng.nextGaussian() * s);
    }
  }

  /** A field covering an echo map's tissue coordinates with a margin, cells one pixel wide. */
  public static ScattererField covering(EchoMap m, double marginMm, long seed) {
    double wMm = m.columns() * m.mmPerPixel();
    double hMm = m.rows() * m.mmPerPixel();
    return new ScattererField(-marginMm, wMm + marginMm, -marginMm, hMm + marginMm, m.mmPerPixel(), seed);
  }

  int index(double uMm, double vMm) {
    int c = (int) Math.floor((uMm - originUMm) / cellMm);
    int r = (int) Math.floor((vMm - originVMm) / cellMm);
    c = Math.max(0, Math.min(columns - 1, c));
    r = Math.max(0, Math.min(rows - 1, r));
    return r * columns + c;
  }

  float re(int index) {
    return re[index];
  }

  float im(int index) {
    return im[index];
  }
}
