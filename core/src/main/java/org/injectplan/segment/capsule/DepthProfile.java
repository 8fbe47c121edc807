package org.injectplan.segment.capsule;

/**
 * The tissue's echo level at each depth of the search window: the median of each row of the
 * speckle-filtered image (a median, so that a vessel or a bright fascia crossing part of the row
 * does not move it), smoothed over {@link #SMOOTH_MM} of depth. Echoes fade with depth
 * (attenuation, about 0.5-1 dB/cm/MHz in soft tissue) and time-gain compensation makes up for it
 * only in part, so one global level joins the dark deep field to any dark space above it; divided
 * by this profile, every row has tissue at level 1, and a space is dark for its depth. The
 * residual slope (what the gain left) is reported as displayed-level decibels per centimetre.
 */
final class DepthProfile {
  /** Depth over which the row medians are averaged. */
  static final double SMOOTH_MM = 2.0;
  /** A row level is never taken below this (grey), so that a black row does not divide by 0. */
  static final double FLOOR = 1.0;

  private final double[] level;
  private final double residualDbPerCm;

  private DepthProfile(double[] level, double residualDbPerCm) {
    this.level = level;
    this.residualDbPerCm = residualDbPerCm;
  }

  /** The profile of the analysis's filtered window. */
  public static DepthProfile of(FrameAnalysis a) {
    float[] s = a.smooth();
    int w = a.window().width();
    int h = a.window().height();
    double[] median = new double[h];
    int[] hist = new int[257];
    for (int y = 0; y < h; y++) {
      java.util.Arrays.fill(hist, 0);
      for (int x = 0; x < w; x++) {
        hist[Math.max(0, Math.min(256, Math.round(s[y * w + x])))]++;
      }
      int half = (w + 1) / 2;
      int acc = 0;
      int v = 0;
      while (acc + hist[v] < half) {
        acc += hist[v++];
      }
      median[y] = Math.max(FLOOR, v);
    }
    int r = Math.max(0, (int) Math.round(SMOOTH_MM / 2 / a.mmPerPixelY()));
    double[] level = new double[h];
    for (int y = 0; y < h; y++) {
      double sum = 0;
      int n = 0;
      for (int k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++) {
        sum += median[k];
        n++;
      }
      level[y] = sum / n;
    }
    return new DepthProfile(level, slopeDbPerCm(level, a.mmPerPixelY()));
  }

  /** Least-squares slope of 20 log10(level) against depth, below the top quarter (skin and fascia). */
  private static double slopeDbPerCm(double[] level, double mmPerPixelY) {
    int from = level.length / 4;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int y = from; y < level.length; y++) {
      double d = y * mmPerPixelY / 10;
      double v = 20 * Math.log10(level[y]);
      sx += d;
      sy += v;
      sxx += d * d;
      sxy += d * v;
      n++;
    }
    double den = n * sxx - sx * sx;
    return n < 2 || den == 0 ? 0 : (n * sxy - sx * sy) / den;
  }

  /** The tissue level (grey) at window row y. */
  public double levelAt(int y) {
    return level[Math.max(0, Math.min(level.length - 1, y))];
  }

  /**
   * The slope of the tissue's displayed level with depth, dB/cm of 20 log10(grey) (negative: it
   * darkens). Displayed grey is log-compressed, so this is the trend, not the tissue's attenuation.
   */
  public double residualDbPerCm() {
    return residualDbPerCm;
  }

  public int rows() {
    return level.length;
  }
}
