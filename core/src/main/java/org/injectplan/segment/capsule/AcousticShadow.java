package org.injectplan.segment.capsule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a click lies in the acoustic shadow of a strong reflector (bone, a calcification)
 * rather than in a fluid space. Both halves of the physics must be seen along the beam through
 * the click (the image column, over a band {@link #BAND_MM} wide): above the click a reflector at
 * least {@link SeededSpace#REFLECTOR_RATIO} times the tissue's echo above it (+6 dB), and from
 * that reflector down to the bottom of the window no echo back up to
 * {@link SeededSpace#MAX_SPACE_RATIO} of that tissue level: a shadow has no far wall. A fluid
 * space has one (and usually enhancement behind it); a deep field darkened by attenuation has no
 * reflector above it, so the rule never fires there.
 */
final class AcousticShadow {
  /** Width of the band along the beam that is read (speckle averages out across it). */
  static final double BAND_MM = 1.0;
  /** A reflector or a far wall counts when it lasts this long along the beam. */
  static final double RUN_MM = 0.3;
  /** The tissue level is read over this depth above the reflector. */
  static final double TISSUE_SPAN_MM = 10;

  /**
   * The shadow's description, or empty when the click is not in one.
   *
   * @param sx click column in the window
   * @param sy click row in the window
   */
  static Optional<String> at(FrameAnalysis a, DepthProfile depth, int sx, int sy) {
    double[] col = column(a, sx);
    int run = Math.max(1, (int) Math.round(RUN_MM / a.mmPerPixelY()));
    for (int top = sy - 1; top >= 0; top--) {
      double tissue = tissueAbove(depth, top - run, (int) Math.round(TISSUE_SPAN_MM / a.mmPerPixelY()));
      if (Double.isNaN(tissue)) {
        return Optional.empty();
      }
      if (sustained(col, top, -1, run, SeededSpace.REFLECTOR_RATIO * tissue)) {
        double limit = SeededSpace.MAX_SPACE_RATIO * tissue;
        for (int y = top + 1; y + run <= col.length; y++) {
          if (col[y] >= limit && sustained(col, y, 1, run, limit)) {
            return Optional.empty();
          }
        }
        return Optional.of(String.format(Locale.ROOT, "the click lies in an acoustic shadow, not fluid: a reflector "
            + "%.1f mm above it echoes %.1fx the tissue above it (%+.0f dB), and nothing below it echoes back "
            + "(no far wall down to the region's bottom)", (sy - top) * a.mmPerPixelY(), col[top] / tissue,
            20 * Math.log10(col[top] / tissue)));
      }
    }
    return Optional.empty();
  }

  /** Whether col stays at or above level for run samples from y, stepping by dir. */
  private static boolean sustained(double[] col, int y, int dir, int run, double level) {
    for (int k = 0; k < run; k++) {
      int i = y + dir * k;
      if (i < 0 || i >= col.length || col[i] < level) {
        return false;
      }
    }
    return true;
  }

  /** Median of the depth profile over span rows ending at row to (NaN when there are none). */
  private static double tissueAbove(DepthProfile depth, int to, int span) {
    if (to < 0) {
      return Double.NaN;
    }
    int from = Math.max(0, to - span);
    double[] v = new double[to - from + 1];
    for (int y = from; y <= to; y++) {
      v[y - from] = depth.levelAt(y);
    }
    Arrays.sort(v);
    return v[v.length / 2];
  }

  /**
   * Mean of the window's grey across the band around column sx, per row: unfiltered along the
   * beam, since a cortex is a fraction of a millimetre thick and the speckle filter would spread it.
   */
  private static double[] column(FrameAnalysis a, int sx) {
    int w = a.window().width();
    int h = a.window().height();
    int half = Math.max(0, (int) Math.round(BAND_MM / 2 / a.mmPerPixelX()));
    int x0 = Math.max(0, sx - half);
    int x1 = Math.min(w - 1, sx + half);
    int[] s = a.window().grey();
    double[] col = new double[h];
    for (int y = 0; y < h; y++) {
      double sum = 0;
      for (int x = x0; x <= x1; x++) {
        sum += s[y * w + x];
      }
      col[y] = sum / (x1 - x0 + 1);
    }
    return col;
  }

  private AcousticShadow() {
  }
}
