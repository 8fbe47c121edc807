package org.injectplan.samples;

/**
 * The first stage of the ultrasound simulation for one frame of the region: per pixel, the mean
 * backscatter (echogenicity), the attenuation in dB/cm/MHz, the truth labels, and the tissue
 * coordinates (mm) the pixel shows, so that scatterers move with the tissue between frames.
 */
public record EchoMap(int columns, int rows, double mmPerPixel, float[] echo, float[] attenuationDbPerCmMhz,
    byte[] labels, float[] tissueUMm, float[] tissueVMm) {

  public EchoMap {
    int n = columns * rows;
    if (columns < 1 || rows < 1 || echo.length != n || attenuationDbPerCmMhz.length != n || labels.length != n
        || tissueUMm.length != n || tissueVMm.length != n) {
      throw new IllegalArgumentException("echo map arrays must all hold " + columns + " x " + rows + " values");
    }
  }

  /** A homogeneous tissue patch: one echogenicity and attenuation everywhere, tissue at rest. */
  public static EchoMap uniform(int columns, int rows, double mmPerPixel, double echo,
      double attenuationDbPerCmMhz) {
    int n = columns * rows;
    float[] e = new float[n];
    float[] a = new float[n];
    float[] u = new float[n];
    float[] v = new float[n];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        int i = y * columns + x;
        e[i] = (float) echo;
        a[i] = (float) attenuationDbPerCmMhz;
        u[i] = (float) ((x + 0.5) * mmPerPixel);
        v[i] = (float) ((y + 0.5) * mmPerPixel);
      }
    }
    return new EchoMap(columns, rows, mmPerPixel, e, a, new byte[n], u, v);
  }

  /** Whether the pixel carries a truth label bit ({@link UsTissue#FLUID} etc.). */
  boolean has(int x, int y, int label) {
    return (labels[y * columns + x] & label) != 0;
  }
}
