package org.injectplan.segment.needle;

import java.util.Arrays;

/**
 * The needle's echo followed along a fitted line: the evidence at each step (the mean excess over
 * the local tissue across a band of the needle's width, {@link NeedleExcess}), measured against
 * the same measure on lines parallel to it and shallower (tissue beside the needle, above its
 * reverberation); the shaft's extent found by walking from its strongest part both ways through
 * a tapering, split (two walls: the band's mean still stands out) or broken echo, ending only
 * after {@link #GAP_MM} without needle-like evidence; and what tells a needle from a tissue band:
 * whether the echo runs off the far edge of the field, whether it starts at the field's edge on
 * the entry side, whether a bright line goes on past its end in a slightly other direction.
 */
final class NeedleTrace {
  /** Half-width of the evidence band beyond the needle's radius (the walls' blur). */
  static final double BAND_MARGIN_MM = 0.15;
  /** A sample is needle-like when its evidence is this many spreads above the tissue's. */
  static final double LIKE_SPREADS = 1.5;
  /** A piece of needle-like samples counts when at least this long, or when it reaches {@link #STRONG_SPREADS}. */
  static final double PIECE_MM = 0.4;
  static final double STRONG_SPREADS = 5.0;
  /**
   * The lines either side that a needle-like sample must also stand out from: a needle is a line,
   * brighter than the tissue on both sides; the edge of a bright region (under a dark pocket, its
   * posterior enhancement) is as bright on one side. Between the shaft and its first reverberation
   * copy (one diameter below) is darker than either.
   */
  static final double SIDE_MM = 1.1;
  /** The ridge is looked for this far either side of the fitted line. */
  static final double RIDGE_SEARCH_MM = 0.6;
  /** The tissue's spread beside the line is taken as at least this share of the search area's. */
  static final double MIN_SPREAD_SHARE = 0.25;
  /** The stretch of the echo whose median evidence is the shaft's strength. */
  static final double SHAFT_WINDOW_MM = 5.0;
  /** The walk ends after this long without a piece of needle-like evidence. */
  static final double GAP_MM = 2.5;
  /** ... or after this long of any samples (bright ones included) without one. */
  static final double BRIDGE_MM = 5.0;
  /**
   * ... or after this long of fluid (samples darker than the tissue beside the line by
   * {@link #LIKE_SPREADS} spreads and at least {@link #FLUID_DB}): about two speckle lengths
   * (0.43-0.63 mm axially on the real frames, docs/samples.md), not one dark speckle.
   */
  static final double ANECHOIC_MM = 1.0;
  /**
   * Fluid is at least this much darker than the tissue beside the line (half the echo power), so
   * that in dark, even tissue (a small spread) ordinary speckle is not taken for fluid.
   */
  static final double FLUID_DB = 3.0;
  /** The display taken as log-compressed over this range across its 255 levels (scanners: 50-70 dB). */
  static final double DISPLAY_DB = 60.0;
  /** Offsets of the lines beside the needle that measure the tissue (shallower side). */
  static final double[] TISSUE_OFFSETS_MM = {1.5, 2.5, 3.5, 4.5};
  /** The bend test looks this far past the end, turned by up to {@link #BEND_DEG}. */
  static final double BEND_FROM_MM = 1.0;
  static final double BEND_TO_MM = 5.0;
  static final double BEND_DEG = 15;
  /** Share of needle-like samples on a turned line past the end that makes it a continuing band. */
  static final double BEND_SHARE = 0.6;

  private final NeedleExcess ex;
  private final double mmPerPixel;
  private final double radiusMm;
  final double[] line;
  final int span;
  final double[] ev;
  /** The evidence's excess over the brighter of the two lines {@link #SIDE_MM} either side. */
  final double[] overSides;
  final boolean[] in;
  final double tissue;
  final double spread;
  int start;
  int tip;
  boolean runsOffFarEdge;
  int entryEdge;

  /** @param line {px, py, ux, uy}: a point and the unit direction, pointing deeper */
  NeedleTrace(NeedleExcess ex, double[] line, double mmPerPixel, double radiusMm) {
    this.ex = ex;
    this.line = line;
    this.mmPerPixel = mmPerPixel;
    this.radiusMm = radiusMm;
    this.span = (int) Math.ceil(Math.hypot(ex.x1() - ex.x0(), ex.y1() - ex.y0())) + 2;
    this.ev = new double[2 * span + 1];
    this.in = new boolean[ev.length];
    this.overSides = new double[ev.length];
    double[] up = up();
    java.util.List<Double> beside = new java.util.ArrayList<>();
    for (int k = 0; k < ev.length; k++) {
      double x = line[0] + (k - span) * line[2];
      double y = line[1] + (k - span) * line[3];
      in[k] = ex.inside(x, y);
      if (in[k]) {
        ev[k] = band(x, y, line[2], line[3]);
        double side = SIDE_MM / mmPerPixel;
        overSides[k] = ev[k] - Math.max(band(x + up[0] * side, y + up[1] * side, line[2], line[3]),
            band(x - up[0] * side, y - up[1] * side, line[2], line[3]));
        for (double off : TISSUE_OFFSETS_MM) {
          double bx = x + up[0] * off / mmPerPixel;
          double by = y + up[1] * off / mmPerPixel;
          if (ex.inside(bx, by)) {
            beside.add(band(bx, by, line[2], line[3]));
          }
        }
      }
    }
    double[] b = beside.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    tissue = b.length == 0 ? 0 : b[b.length / 2];
    double[] dev = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      dev[i] = Math.abs(b[i] - tissue);
    }
    Arrays.sort(dev);
    // Not far below the area's spread: tissue beside the line that is flat (clipped black, or an
    // anechoic space) would make any faint line stand many spreads out.
    spread = dev.length == 0 ? ex.spread() : Math.max(MIN_SPREAD_SHARE * ex.spread(), dev[dev.length / 2] / 0.6745);
  }

  /** The unit normal pointing shallower. */
  private double[] up() {
    return line[2] > 0 ? new double[] {line[3], -line[2]} : new double[] {-line[3], line[2]};
  }

  /** Mean excess across the needle's band at (x, y), the line along (ux, uy); smoothed 1 px along. */
  private double band(double x, double y, double ux, double uy) {
    double halfPx = (radiusMm + BAND_MARGIN_MM) / mmPerPixel;
    double s = 0;
    int n = 0;
    for (double w = -halfPx; w <= halfPx + 1e-9; w += 0.5) {
      for (int a = -1; a <= 1; a++) {
        s += ex.at(x - w * uy + a * ux, y + w * ux + a * uy);
        n++;
      }
    }
    return s / n;
  }

  double like() {
    return tissue + LIKE_SPREADS * spread;
  }

  /** Evidence under this is fluid: {@link #LIKE_SPREADS} spreads and {@link #FLUID_DB} below the tissue. */
  private double fluidBelow() {
    return tissue - Math.max(LIKE_SPREADS * spread, FLUID_DB * 255 / DISPLAY_DB);
  }

  /** Walks from the strongest part of the echo both ways; sets start, tip and the edge facts. */
  void walk() {
    int anchor = anchor();
    tip = walkFrom(anchor, 1);
    start = walkFrom(anchor, -1);
    int last = tip;
    while (last + 1 < ev.length && in[last + 1]) {
      last++;
    }
    runsOffFarEdge = (last - tip) * mmPerPixel <= PIECE_MM;
    int first = start;
    while (first - 1 >= 0 && in[first - 1]) {
      first--;
    }
    entryEdge = start - first;
  }

  /**
   * The centre of the strongest 2 mm of the line, among the samples that may vote (not bone): the
   * line was voted for by those, and where it crosses the bone cortex beyond the tip (bone keeps
   * its excess for the walk) the strongest 2 mm was that crossing, and the walk from there never
   * reached the needle across the pocket between.
   */
  private int anchor() {
    int half = (int) Math.round(1.0 / mmPerPixel);
    int best = span;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < ev.length; k++) {
      if (!in[k] || !votes(k)) {
        continue;
      }
      double s = 0;
      for (int j = Math.max(0, k - half); j <= Math.min(ev.length - 1, k + half); j++) {
        s += in[j] ? ev[j] : 0;
      }
      if (s > bestSum) {
        bestSum = s;
        best = k;
      }
    }
    return best;
  }

  /**
   * The far end of the last counting piece reached from k in direction step. Between pieces, a
   * sample as bright as a needle-like one but no brighter than the lines beside it (the needle
   * crossing a bright band obliquely: the band is as bright beside the line) does not count as a
   * piece but does not break the echo either; the walk ends after {@link #GAP_MM} of samples
   * darker than that, or {@link #BRIDGE_MM} of any samples, without a counting piece. Two things
   * end it sooner: {@link #ANECHOIC_MM} of fluid ({@link #fluidBelow}: in an anechoic space a
   * needle's echo stands out most, so a dark stretch there is where the needle is not, and the
   * pocket's far wall beyond it is not the needle); and bone (the pixels left out) reached across
   * a gap does not count as a piece (a needle does not enter the cortex; the needle itself, over a
   * dark pocket, is sometimes taken for bone, so bone reached without a gap still counts).
   */
  private int walkFrom(int k, int step) {
    double like = like();
    double anechoic = fluidBelow();
    double strong = tissue + STRONG_SPREADS * spread;
    int gapPx = (int) Math.round(GAP_MM / mmPerPixel);
    int bridgePx = (int) Math.round(BRIDGE_MM / mmPerPixel);
    int anechoicPx = (int) Math.max(1, Math.round(ANECHOIC_MM / mmPerPixel));
    int piecePx = (int) Math.max(1, Math.round(PIECE_MM / mmPerPixel));
    int end = k;
    int dark = 0;
    int fluid = 0;
    int runStart = -1;
    double runPeak = 0;
    for (int j = k; j >= 0 && j < ev.length && in[j]; j += step) {
      boolean bone = dark > 0 && !votes(j);
      if (ev[j] >= like && overSides[j] >= like - tissue && !bone) {
        if (runStart < 0) {
          runStart = j;
          runPeak = 0;
        }
        runPeak = Math.max(runPeak, ev[j]);
        fluid = 0;
        if (Math.abs(j - runStart) + 1 >= piecePx || runPeak >= strong) {
          end = j;
          dark = 0;
        }
      } else {
        runStart = -1;
        dark += ev[j] >= like && !bone ? 0 : 1;
        fluid = ev[j] < anechoic ? fluid + 1 : 0;
        if (dark > gapPx || Math.abs(j - end) > bridgePx || fluid >= anechoicPx) {
          break;
        }
      }
    }
    return end;
  }

  /** Whether sample k of the line may vote (not bone). */
  private boolean votes(int k) {
    double[] p = point(k);
    return ex.votes((int) Math.floor(p[0]), (int) Math.floor(p[1]));
  }

  /**
   * The shaft's strength: the median evidence over the strongest {@link #SHAFT_WINDOW_MM} of
   * [start, tip] (all of it when shorter), in spreads above the tissue. The strongest stretch, not
   * the whole echo: the tapering end and a stretch through bright tissue are fainter.
   */
  double shaftSpreads() {
    int w = (int) Math.max(1, Math.round(SHAFT_WINDOW_MM / mmPerPixel));
    double best = Double.NEGATIVE_INFINITY;
    for (int a = start; a <= Math.max(start, tip - w + 1); a++) {
      double[] v = Arrays.copyOfRange(ev, a, Math.min(tip, a + w - 1) + 1);
      Arrays.sort(v);
      best = Math.max(best, v[v.length / 2]);
    }
    return (best - tissue) / spread;
  }

  /**
   * Whether a bright line goes on past the tip in a direction within BEND_DEG of the line's: a band
   * that bends away goes on from the end, so a line reached across fluid (the tip in a pocket, its
   * far wall beyond: {@link #ANECHOIC_MM} of samples as dark as the walk's fluid) does not count.
   */
  boolean continuesPastTip() {
    double tx = line[0] + (tip - span) * line[2];
    double ty = line[1] + (tip - span) * line[3];
    double like = like();
    double anechoic = fluidBelow();
    int anechoicPx = (int) Math.max(1, Math.round(ANECHOIC_MM / mmPerPixel));
    for (double d = -BEND_DEG; d <= BEND_DEG + 1e-9; d += 1.5) {
      double c = Math.cos(Math.toRadians(d));
      double s = Math.sin(Math.toRadians(d));
      double ux = line[2] * c - line[3] * s;
      double uy = line[2] * s + line[3] * c;
      int n = 0;
      int hits = 0;
      int fluid = 0;
      for (double t = 1; t <= BEND_TO_MM / mmPerPixel && fluid < anechoicPx; t += 1) {
        double x = tx + t * ux;
        double y = ty + t * uy;
        if (!ex.inside(x, y)) {
          break;
        }
        double b = band(x, y, ux, uy);
        fluid = b < anechoic ? fluid + 1 : 0;
        if (t >= BEND_FROM_MM / mmPerPixel) {
          n++;
          hits += b >= like ? 1 : 0;
        }
      }
      if (fluid < anechoicPx && n * mmPerPixel >= (BEND_TO_MM - BEND_FROM_MM) / 2 && hits >= BEND_SHARE * n) {
        return true;
      }
    }
    return false;
  }

  double mmPerPixelOfLine() {
    return mmPerPixel;
  }

  /**
   * The shaft's echo over the local tissue level: the mean frame level over the band's centre
   * along [start, tip] over the mean local level there (a ratio of display levels, reported).
   */
  double contrast() {
    double on = 0;
    double level = 0;
    for (int k = start; k <= tip; k++) {
      double[] p = point(k);
      double e = ex.at(p[0], p[1]);
      double l = ex.level(p[0], p[1]);
      on += l + e;
      level += l;
    }
    return on / Math.max(1e-9, level);
  }

  /**
   * How far the echo's ridge wanders about a straight line, mm (RMS): at each sample of the shaft
   * (evidence at least half-way from the tissue to the shaft's median), the offset across the line
   * within {@link #RIDGE_SEARCH_MM} where the frame peaks; a straight line is fitted to those
   * offsets along the echo and the residual taken. A steel needle is straight: its ridge wanders
   * by the speckle's jitter only; a fascia or tendon band curves and thickens. The frame, not its
   * excess over the local tissue level: that level slopes across a wide echo, and tilts a flat top
   * (an echo clipped at the display's white, or painted) so that its peak jumps from one edge to
   * the other with the tissue beside it; on the frame such a top is level and its first maximum
   * keeps to one edge.
   */
  double ridgeWanderMm() {
    double[] up = up();
    double level = tissue + 0.5 * (shaftLevel() - tissue);
    int steps = (int) Math.ceil(RIDGE_SEARCH_MM / mmPerPixel * 2);
    java.util.List<double[]> kw = new java.util.ArrayList<>();
    for (int k = start; k <= tip; k++) {
      if (!in[k] || ev[k] < level) {
        continue;
      }
      double[] p = point(k);
      double best = Double.NEGATIVE_INFINITY;
      double bestW = 0;
      for (int i = -steps; i <= steps; i++) {
        double w = i * 0.5;
        double v = 0;
        for (int a = -1; a <= 1; a++) {
          v += ex.frameAt(p[0] + a * line[2] + w * up[0], p[1] + a * line[3] + w * up[1]);
        }
        if (v > best) {
          best = v;
          bestW = w * mmPerPixel;
        }
      }
      kw.add(new double[] {k, bestW});
    }
    return kw.size() < 5 ? 0 : robustResidual(kw);
  }

  /**
   * The median absolute residual of w about the least-squares line w(k), over 0.6745 (robust:
   * the needle crossing a bright band moves a few ridge samples, a curving band moves them all).
   */
  private static double robustResidual(java.util.List<double[]> kw) {
    double n = kw.size();
    double sk = 0;
    double sw = 0;
    double skk = 0;
    double skw = 0;
    for (double[] p : kw) {
      sk += p[0];
      sw += p[1];
      skk += p[0] * p[0];
      skw += p[0] * p[1];
    }
    double vk = skk - sk * sk / n;
    double slope = vk <= 0 ? 0 : (skw - sk * sw / n) / vk;
    double[] r = new double[kw.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = Math.abs(kw.get(i)[1] - (sw / n + slope * (kw.get(i)[0] - sk / n)));
    }
    Arrays.sort(r);
    return r[r.length / 2] / 0.6745;
  }

  /** The median evidence over the strongest {@link #SHAFT_WINDOW_MM} of the echo (display levels of excess). */
  double shaftLevel() {
    return tissue + shaftSpreads() * spread;
  }

  /** Whether (x, y) projects onto the line between the echo's start and tip. */
  boolean covers(double x, double y) {
    double k = (x - line[0]) * line[2] + (y - line[1]) * line[3] + span;
    return k >= start && k <= tip;
  }

  double[] point(double k) {
    return new double[] {line[0] + (k - span) * line[2], line[1] + (k - span) * line[3]};
  }
}
