package org.injectplan.segment.capsule;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the capsule's wall begins, read off the pocket's own edge. The level crossing that
 * {@link BoundaryRefiner} grows to lies inside the fluid: the wall's echo, blurred by the
 * point-spread function and log-compressed, reaches well into the anechoic space (a tail 20-30 dB
 * down is still a third of the way up on the display). How far depends on the point-spread
 * function and on any smoothing the scanner applies after compression, which widens the speckle
 * without moving the edge, so the speckle's size does not tell it. The edge does: averaged along
 * each side of the pocket (the top, the bottom, the left and the right, one line per column or
 * row, so that speckle averages out while the blur, which differs along and across the beam,
 * stays), the grey rises from the fluid's level to the wall's peak; the wall begins where the mean
 * profile has risen {@link CapsuleParams#wallShare()} of the way (for a symmetric blur of an
 * echogenic half-space the echo intensity at the interface is half the wall's, -3 dB, which on a
 * 40-60 dB display is 0.9-0.95 of the rise; smoothing after compression lowers it, and the
 * truth of the samples lies at 0.5-0.87 in both looks). The offset is the distance from the mask's
 * edge to that crossing, per side.
 */
final class EdgeProfile {
  /** Depth into the fluid over which the profile is read; its inner half gives the fluid's level. */
  static final double INSIDE_MM = 1.0;
  /** Reach beyond the edge within which the wall's echo peaks. */
  static final double OUTSIDE_MM = 1.5;
  /** Fewest lines (columns or rows) a side's profile is averaged over. */
  static final int MIN_LINES = 8;
  /** The sides, in the order of {@link #offsetsPx}'s result. */
  static final int TOP = 0;
  static final int BOTTOM = 1;
  static final int LEFT = 2;
  static final int RIGHT = 3;

  private EdgeProfile() {
  }

  /**
   * The outward offset in pixels of the wall from the mask's edge, per side {top, bottom, left,
   * right}: negative when the mask already reaches beyond it, NaN where the side cannot be
   * measured (too few lines as thick as the profile, or no rise).
   */
  static double[] offsetsPx(int[] grey, boolean[] in, int sw, int sh, double mmX, double mmY, double share) {
    if (grey.length != sw * sh || in.length != grey.length || !(share > 0 && share < 1)) {
      throw new IllegalArgumentException("bad edge profile input: " + sw + "x" + sh + ", share " + share);
    }
    double[] out = new double[4];
    for (int side = 0; side < 4; side++) {
      double mm = side < LEFT ? mmY : mmX;
      int jin = Math.max(2, (int) Math.round(INSIDE_MM / mm));
      int jout = Math.max(2, (int) Math.round(OUTSIDE_MM / mm));
      out[side] = crossing(profile(grey, in, sw, sh, side, jin, jout), jin, share);
    }
    return out;
  }

  /**
   * The mean grey at k = -jin+1 .. jout pixels outward from one side's edge (index k + jin - 1;
   * k = 0 the last pixel inside), over the columns (top, bottom) or rows (left, right) whose run of
   * mask pixels is at least 2 jin long; null on fewer than {@link #MIN_LINES} such lines.
   */
  private static double[] profile(int[] grey, boolean[] in, int sw, int sh, int side, int jin, int jout) {
    boolean vertical = side < LEFT;
    boolean first = side == TOP || side == LEFT;
    int lines = vertical ? sw : sh;
    int len = vertical ? sh : sw;
    int stride = vertical ? sw : 1;
    int lineStep = vertical ? 1 : sw;
    double[] sum = new double[jin + jout];
    int[] n = new int[jin + jout];
    int used = 0;
    for (int l = 0; l < lines; l++) {
      int base = l * lineStep;
      int lo = -1;
      int hi = -1;
      for (int i = 0; i < len; i++) {
        if (in[base + i * stride]) {
          lo = lo < 0 ? i : lo;
          hi = i;
        }
      }
      if (lo < 0 || hi - lo + 1 < 2 * jin) {
        continue;
      }
      used++;
      int edge = first ? lo : hi;
      int dir = first ? -1 : 1;
      for (int k = -jin + 1; k <= jout; k++) {
        int i = edge + dir * k;
        if (i >= 0 && i < len) {
          sum[k + jin - 1] += grey[base + i * stride];
          n[k + jin - 1]++;
        }
      }
    }
    if (used < MIN_LINES) {
      return null;
    }
    double[] p = new double[sum.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = n[i] > 0 ? sum[i] / n[i] : Double.NaN;
    }
    return p;
  }

  /** Offset in pixels from the edge (0.5 beyond the last inside pixel) to where the profile crosses its level. */
  private static double crossing(double[] p, int jin, double share) {
    if (p == null) {
      return Double.NaN;
    }
    double fluid = 0;
    int half = Math.max(1, jin / 2);
    for (int i = 0; i < half; i++) {
      fluid += p[i] / half;
    }
    double peak = Double.NEGATIVE_INFINITY;
    for (int i = jin; i < p.length; i++) {
      peak = Double.isNaN(p[i]) ? peak : Math.max(peak, p[i]);
    }
    if (!(peak > fluid) || Double.isNaN(fluid)) {
      return Double.NaN;
    }
    double level = fluid + share * (peak - fluid);
    for (int i = 1; i < p.length; i++) {
      if (!Double.isNaN(p[i]) && p[i] >= level && p[i - 1] < level) {
        double k = i - 1 - (jin - 1) + (level - p[i - 1]) / (p[i] - p[i - 1]);
        return k - 0.5;
      }
    }
    return Double.NaN;
  }

  /**
   * The mask grown by a different distance on each side: pixel p joins when some mask pixel m has
   * p - m inside the four quarter-ellipses of semi-axes {left, right} across and {top, bottom}
   * along the beam (pixels; 0 or less: no growth that way).
   */
  static boolean[] grow(boolean[] in, int sw, int sh, double[] offsetsPx) {
    double top = Math.max(0, offsetsPx[TOP]);
    double bottom = Math.max(0, offsetsPx[BOTTOM]);
    double left = Math.max(0, offsetsPx[LEFT]);
    double right = Math.max(0, offsetsPx[RIGHT]);
    List<int[]> element = new ArrayList<>();
    for (int dy = -(int) Math.floor(top); dy <= (int) Math.floor(bottom); dy++) {
      for (int dx = -(int) Math.floor(left); dx <= (int) Math.floor(right); dx++) {
        double ax = dx < 0 ? left : right;
        double ay = dy < 0 ? top : bottom;
        double ex = dx == 0 ? 0 : dx / ax;
        double ey = dy == 0 ? 0 : dy / ay;
        if (ex * ex + ey * ey <= 1 + 1e-9) {
          element.add(new int[] {dx, dy});
        }
      }
    }
    boolean[] out = in.clone();
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        if (in[y * sw + x] && onEdge(in, sw, sh, x, y)) {
          for (int[] d : element) {
            int u = x + d[0];
            int v = y + d[1];
            if (u >= 0 && v >= 0 && u < sw && v < sh) {
              out[v * sw + u] = true;
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean onEdge(boolean[] in, int sw, int sh, int x, int y) {
    return x == 0 || y == 0 || x == sw - 1 || y == sh - 1 || !in[y * sw + x - 1] || !in[y * sw + x + 1]
        || !in[(y - 1) * sw + x] || !in[(y + 1) * sw + x];
  }
}
