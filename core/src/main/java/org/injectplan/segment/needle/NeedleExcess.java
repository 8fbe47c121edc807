package org.injectplan.segment.needle;

import ij.process.ImageProcessor;
import java.util.Arrays;
import org.injectplan.image.Mask;

/**
 * How far each pixel of the search area stands above the local tissue level: the frame minus its
 * mean over a square of {@link #TISSUE_HALF_MM} either side (within the area, bone and its shadow
 * left out). The display is log-compressed, so a difference of levels is a ratio of echoes: it
 * does not change with the gain, and a needle stands out as much on a bright image as on a dark
 * one, and as much deep (after attenuation) as shallow. {@link #spread()} is the robust spread of
 * the excess over the area (the tissue's speckle and texture), the unit of the detector's tests.
 * Pixels left out (bone and its shadow) set neither the level nor the spread and do not vote.
 */
final class NeedleExcess {
  /** Half the side of the square the local tissue level is taken over: wide against a needle's echo (about 1 mm). */
  static final double TISSUE_HALF_MM = 2.5;
  private final int width;
  private final int x0;
  private final int y0;
  private final int x1;
  private final int y1;
  private final float[] excess;
  private final float[] level;
  /** False where the pixel was left out (bone): it neither sets the tissue level nor votes for a line. */
  private final boolean[] votes;
  private final double spread;

  NeedleExcess(ImageProcessor ip, int x0, int y0, int x1, int y1, Mask leaveOut, double mmPerPixel) {
    this.width = ip.getWidth();
    this.x0 = x0;
    this.y0 = y0;
    this.x1 = x1;
    this.y1 = y1;
    int w = x1 - x0;
    int h = y1 - y0;
    double[] sum = new double[(w + 1) * (h + 1)];
    double[] cnt = new double[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean use = leaveOut == null || !leaveOut.get(x + x0, y + y0);
        int i = (y + 1) * (w + 1) + x + 1;
        sum[i] = sum[i - 1] + sum[i - w - 1] - sum[i - w - 2] + (use ? ip.getPixelValue(x + x0, y + y0) : 0);
        cnt[i] = cnt[i - 1] + cnt[i - w - 1] - cnt[i - w - 2] + (use ? 1 : 0);
      }
    }
    int r = Math.max(2, (int) Math.round(TISSUE_HALF_MM / mmPerPixel));
    excess = new float[ip.getWidth() * ip.getHeight()];
    votes = new boolean[excess.length];
    Arrays.fill(votes, true);
    level = new float[excess.length];
    float[] sample = new float[w * h];
    int n = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int xa = Math.max(0, x - r);
        int xb = Math.min(w, x + r + 1);
        int ya = Math.max(0, y - r);
        int yb = Math.min(h, y + r + 1);
        double s = sum[yb * (w + 1) + xb] - sum[ya * (w + 1) + xb] - sum[yb * (w + 1) + xa] + sum[ya * (w + 1) + xa];
        double c = cnt[yb * (w + 1) + xb] - cnt[ya * (w + 1) + xb] - cnt[yb * (w + 1) + xa] + cnt[ya * (w + 1) + xa];
        int i = (y + y0) * width + x + x0;
        if (c > 0) {
          level[i] = (float) (s / c);
          excess[i] = (float) (ip.getPixelValue(x + x0, y + y0) - s / c);
          if (leaveOut == null || !leaveOut.get(x + x0, y + y0)) {
            sample[n++] = Math.abs(excess[i]);
          } else {
            votes[i] = false;
          }
        }
      }
    }
    Arrays.sort(sample, 0, n);
    // Median absolute excess over 0.6745: the spread of a normal variable (the tissue's, not the needle's).
    spread = n == 0 ? 1 : Math.max(1, sample[n / 2] / 0.6745);
  }

  /** Whether the pixel may vote for a line (in the area, not left out). */
  boolean votes(int x, int y) {
    return inside(x, y) && votes[y * width + x];
  }

  /**
   * The excess at a point (bilinear; 0 outside the area). Pixels left out (bone) keep their excess
   * over the level of the tissue around them: a needle over a dark pocket (a bright line with a
   * dark space below) is often taken for bone by the bone finder, and the walk along the needle
   * must not stop there.
   */
  double at(double x, double y) {
    double fx = x - 0.5;
    double fy = y - 0.5;
    int ix = (int) Math.floor(fx);
    int iy = (int) Math.floor(fy);
    double ax = fx - ix;
    double ay = fy - iy;
    return (1 - ay) * ((1 - ax) * get(ix, iy) + ax * get(ix + 1, iy)) + ay * ((1 - ax) * get(ix, iy + 1)
        + ax * get(ix + 1, iy + 1));
  }

  private double get(int x, int y) {
    return inside(x, y) ? excess[y * width + x] : 0;
  }

  /** The local tissue level at a pixel (0 outside the area). */
  double level(double x, double y) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    return inside(ix, iy) ? level[iy * width + ix] : 0;
  }

  boolean inside(int x, int y) {
    return x >= x0 && x < x1 && y >= y0 && y < y1;
  }

  boolean inside(double x, double y) {
    return x >= x0 && x < x1 && y >= y0 && y < y1;
  }

  /** The robust spread of the excess over the area, display levels. */
  double spread() {
    return spread;
  }

  int x0() {
    return x0;
  }

  int y0() {
    return y0;
  }

  int x1() {
    return x1;
  }

  int y1() {
    return y1;
  }
}
