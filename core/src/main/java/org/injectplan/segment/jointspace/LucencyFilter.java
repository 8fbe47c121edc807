package org.injectplan.segment.jointspace;

import java.util.Arrays;

/**
 * The oriented lucency of a fluoroscopy frame: for each pixel and {@link #ORIENTATIONS}
 * orientations, the mean of a short segment along the band through the pixel minus the brighter
 * of the two parallel segments {@code flankPx} away on either side; the best orientation is kept
 * with its value. A radiolucent gap between two denser surfaces gives a positive ridge; an edge
 * or a wide bright area gives about zero. Pixels whose segments reach a dead pixel (the
 * collimator's black, outside the open field) get no value. Cost: pixels x orientations x
 * (segment length + 2), whatever the image shows.
 */
final class LucencyFilter {
  static final int ORIENTATIONS = 12;

  /** Per pixel: the best lucency (NEGATIVE_INFINITY where there is none) and its orientation index. */
  record Map(float[] lucency, byte[] orientation, int width, int height) {
    /** Unit vector across the band at a pixel (the direction of the flanks). */
    double[] across(int i) {
      double th = Math.PI * orientation[i] / ORIENTATIONS;
      return new double[] {Math.cos(th), Math.sin(th)};
    }
  }

  private LucencyFilter() {
  }

  /**
   * @param v smoothed pixel values, row by row
   * @param dead pixels without signal (collimator)
   * @param flankPx distance to the flanks, pixels (at least 1)
   * @param alongPx half-length of the averaging segment, pixels (0: the pixel alone)
   */
  static Map of(float[] v, boolean[] dead, int w, int h, double flankPx, int alongPx) {
    if (v.length != w * h || dead.length != v.length || !(flankPx >= 1) || alongPx < 0) {
      throw new IllegalArgumentException("bad lucency filter input: " + w + "x" + h + ", flank " + flankPx
          + ", along " + alongPx);
    }
    float[] best = new float[v.length];
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    byte[] arg = new byte[v.length];
    float[] mean = new float[v.length];
    for (int k = 0; k < ORIENTATIONS; k++) {
      double th = Math.PI * k / ORIENTATIONS;
      segmentMeans(v, dead, w, h, -Math.sin(th), Math.cos(th), alongPx, mean);
      int dx = (int) Math.round(flankPx * Math.cos(th));
      int dy = (int) Math.round(flankPx * Math.sin(th));
      for (int y = Math.abs(dy); y < h - Math.abs(dy); y++) {
        for (int x = Math.abs(dx); x < w - Math.abs(dx); x++) {
          int i = y * w + x;
          float a = mean[i + dy * w + dx];
          float b = mean[i - dy * w - dx];
          float c = mean[i];
          if (Float.isNaN(a) || Float.isNaN(b) || Float.isNaN(c)) {
            continue;
          }
          float r = c - Math.max(a, b);
          if (r > best[i]) {
            best[i] = r;
            arg[i] = (byte) k;
          }
        }
      }
    }
    return new Map(best, arg, w, h);
  }

  /** Mean of the pixels at round(j t) for j in [-n, n] around each pixel; NaN where a sample is dead or outside. */
  private static void segmentMeans(float[] v, boolean[] dead, int w, int h, double tx, double ty, int n,
      float[] out) {
    int[] ox = new int[2 * n + 1];
    int[] oy = new int[2 * n + 1];
    for (int j = -n; j <= n; j++) {
      ox[j + n] = (int) Math.round(j * tx);
      oy[j + n] = (int) Math.round(j * ty);
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        boolean ok = true;
        for (int j = 0; j < ox.length && ok; j++) {
          int xx = x + ox[j];
          int yy = y + oy[j];
          ok = xx >= 0 && yy >= 0 && xx < w && yy < h && !dead[yy * w + xx];
          if (ok) {
            s += v[yy * w + xx];
          }
        }
        out[y * w + x] = ok ? (float) (s / ox.length) : Float.NaN;
      }
    }
  }
}
