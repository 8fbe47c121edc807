package org.injectplan.image;

/**
 * A boundary level that follows the image: at each pixel, {@code share} of the way from the mean
 * grey of the fluid pixels near it to the mean grey of the tissue pixels near it, "near" being a
 * square of half-side {@code radius} (means by summed-area tables, so the cost does not depend on
 * the radius). Where a square holds too few pixels of a class, that class's mean over the whole
 * image stands in for it, weighted as {@link #PRIOR_PIXELS} pixels, so the level moves smoothly
 * from the local to the global figure.
 */
public final class LocalLevel {
  /** The weight of the global mean, in pixels, against the local ones. */
  static final int PRIOR_PIXELS = 16;

  private LocalLevel() {
  }

  /**
   * The level per pixel.
   *
   * @param grey the grey values, row-major {@code width x height}
   * @param fluid 1 for fluid pixels, else 0
   * @param tissue 1 for tissue pixels, else 0 (pixels of neither class are ignored)
   * @param fallback the level where the image holds no fluid or no tissue at all
   * @throws IllegalArgumentException on sizes that do not match, a negative radius or a share
   *     outside (0, 1)
   */
  public static float[] of(int[] grey, int[] fluid, int[] tissue, int width, int height, int radius, double share,
      double fallback) {
    if (grey.length != width * height || fluid.length != grey.length || tissue.length != grey.length) {
      throw new IllegalArgumentException("arrays do not match " + width + "x" + height);
    }
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("share must be in (0, 1): " + share);
    }
    int[] fluidGrey = new int[grey.length];
    int[] tissueGrey = new int[grey.length];
    long fSum = 0;
    long tSum = 0;
    int fN = 0;
    int tN = 0;
    for (int i = 0; i < grey.length; i++) {
      fluidGrey[i] = fluid[i] * grey[i];
      tissueGrey[i] = tissue[i] * grey[i];
      fSum += fluidGrey[i];
      tSum += tissueGrey[i];
      fN += fluid[i];
      tN += tissue[i];
    }
    float[] level = new float[grey.length];
    if (fN == 0 || tN == 0) {
      java.util.Arrays.fill(level, (float) fallback);
      return level;
    }
    double fGlobal = (double) fSum / fN;
    double tGlobal = (double) tSum / tN;
    float[] fMean = BoxMean.filter(fluidGrey, width, height, radius);
    float[] fShare = BoxMean.filter(fluid, width, height, radius);
    float[] tMean = BoxMean.filter(tissueGrey, width, height, radius);
    float[] tShare = BoxMean.filter(tissue, width, height, radius);
    for (int i = 0; i < level.length; i++) {
      double n = boxPixels(i, width, height, radius);
      double f = (fMean[i] * n + PRIOR_PIXELS * fGlobal) / (fShare[i] * n + PRIOR_PIXELS);
      double t = (tMean[i] * n + PRIOR_PIXELS * tGlobal) / (tShare[i] * n + PRIOR_PIXELS);
      level[i] = (float) (f + share * (t - f));
    }
    return level;
  }

  /** Pixels in the square around index i, clipped at the image edge. */
  private static int boxPixels(int i, int width, int height, int radius) {
    int x = i % width;
    int y = i / width;
    int nx = Math.min(width, x + radius + 1) - Math.max(0, x - radius);
    int ny = Math.min(height, y + radius + 1) - Math.max(0, y - radius);
    return nx * ny;
  }
}
