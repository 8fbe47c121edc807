package org.injectplan.segment.needle;

import ij.process.ImageProcessor;
import java.util.Arrays;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.InPlanePath;
import org.injectplan.planning.PixelScale;
import org.injectplan.segment.structures.StructureFinder;

/**
 * The candidate successor of {@link NeedleDetector} (issue 11), not yet what {@link NeedleCheck}
 * uses: measured on the simulated needle set and on real needle-free frames ({@code RealNeedleTest},
 * {@code bench real}), it reports no needle on needle-free frames, but it still misses the faint
 * drawn needles of the sample tests (docs/planning.md). Finds the needle on a frame taken with the
 * needle in place, near the planned path. Steps:
 * <ol>
 * <li>the excess of each pixel over the local tissue level ({@link NeedleExcess}: log-compressed
 * display, so independent of gain and depth), bone and its shadow left out;</li>
 * <li>a Hough vote of the pixels at least {@link #VOTE_SPREADS} spreads above their tissue (weight:
 * the excess in spreads, capped at {@link #VOTE_CAP_SPREADS}, so a saturated or flat needle votes
 * as much as any) over directions within {@link #SEARCH_DEG} of the planned one and lines within
 * {@link #ENTRY_TOLERANCE_MM} of the planned skin entry; of parallel lines that poll at least
 * {@link #COPY_SHARE} of the best within {@link #COPY_RANGE_MM}, the shallowest (the shaft; the
 * copies below it are its reverberation);</li>
 * <li>a total-least-squares line through the voting pixels within {@link #BAND_PX} of it (the angle);</li>
 * <li>the echo followed along that line ({@link NeedleTrace}) through taper, split walls and gaps
 * to the tip: the end of the last needle-like piece before {@link NeedleTrace#GAP_MM} without one;</li>
 * <li>no needle is reported when the shaft stands less than {@link #SHAFT_SPREADS} spreads above
 * the tissue beside it, is shorter than {@link #MIN_LENGTH_MM}, runs off the far edge of the field
 * (a tissue band spans the field; a needle ends in it), does not start within
 * {@link #ENTRY_GAP_MM} of the field's edge on the entry side (a needle comes in from the skin),
 * or when a bright line goes on past its end in a slightly other direction (a band that bends away
 * from the straight line, not a needle's end).</li>
 * </ol>
 */
public final class NeedleLineDetector {
  public static final double SEARCH_DEG = 15;
  public static final double BAND_PX = 2.0;
  /** Pixels vote from this many spreads of the excess above their local tissue. */
  public static final double VOTE_SPREADS = 2.0;
  public static final double VOTE_CAP_SPREADS = 6.0;
  /** Parallel lines polling this share of the best within this range are copies: the shallowest is the shaft. */
  public static final double COPY_SHARE = 0.6;
  public static final double COPY_RANGE_MM = 3.0;
  /** The shaft's median evidence must be this many spreads above the tissue beside it. */
  public static final double SHAFT_SPREADS = 3.0;
  /** The echo must be at least this long. */
  public static final double MIN_LENGTH_MM = 3.0;
  /** The needle's line passes within this of the planned skin entry. */
  public static final double ENTRY_TOLERANCE_MM = 5.0;
  /** The echo starts within this of where its line enters the field. */
  public static final double ENTRY_GAP_MM = 8.0;
  /** Radius of the needle assumed for the evidence band (22G: outer diameter 0.72 mm). */
  public static final double NEEDLE_RADIUS_MM = 0.36;
  private static final double STEP_DEG = 0.25;

  private NeedleLineDetector() {
  }

  /** As {@link #detect(ImageProcessor, InPlanePath, Mask, double, Mask)}, nothing left out. */
  public static Optional<NeedleDetection> detect(ImageProcessor frame, InPlanePath planned, Mask capsule,
      double skinYPx) {
    return detect(frame, planned, capsule, skinYPx, null);
  }

  /**
   * The needle near {@code planned}, or empty when no line passes the tests of the class comment;
   * {@code bone} (e.g. found by {@link StructureFinder}; null: nothing) is left out of the search,
   * since the bone cortex is the other bright line in a joint's image.
   */
  public static Optional<NeedleDetection> detect(ImageProcessor frame, InPlanePath planned, Mask capsule,
      double skinYPx, Mask bone) {
    return trace(frame, planned, skinYPx, bone).filter(NeedleLineDetector::isNeedle).map(t -> result(t, planned,
        capsule));
  }

  /**
   * As {@link NeedleCheck#detect} with this detector: the path from {@code entry} to {@code target}
   * in the columns [x0, x1) below {@code skinY}, bone found in the image left out.
   */
  public static Optional<NeedleDetection> check(ImageProcessor frame, org.injectplan.scan.Calibration cal,
      PixelPoint entry, PixelPoint target, double x0, double x1, double skinY, Mask capsule) {
    InPlanePath planned = new InPlanePath(entry, target, x0, x1, PixelScale.at(cal, target.xPx(), target.yPx()));
    return detect(frame, planned, capsule, skinY, StructureFinder.find(frame, cal, capsule).bone());
  }

  /** The traced line nearest the plan, before the needle tests (empty: nothing votes). */
  static Optional<NeedleTrace> trace(ImageProcessor frame, InPlanePath planned, double skinYPx, Mask bone) {
    int x0 = (int) Math.max(0, Math.ceil(planned.imageX0Px()));
    int x1 = (int) Math.min(frame.getWidth(), Math.floor(planned.imageX1Px()));
    int y0 = (int) Math.max(0, Math.ceil(skinYPx));
    int y1 = frame.getHeight();
    if (x1 - x0 < 8 || y1 - y0 < 8) {
      return Optional.empty();
    }
    double mm = planned.scale().mmPerPixelX();
    NeedleExcess ex = new NeedleExcess(frame, x0, y0, x1, y1, bone, mm);
    int[] votes = voters(ex);
    double plannedDir = Math.atan2(planned.target().yPx() - planned.entry().yPx(),
        planned.target().xPx() - planned.entry().xPx());
    double[] line = hough(ex, votes, plannedDir, planned.entry(), ENTRY_TOLERANCE_MM / mm, COPY_RANGE_MM / mm);
    double[] fit = fitBand(votes, line);
    if (fit == null) {
      return Optional.empty();
    }
    NeedleTrace t = new NeedleTrace(ex, fit, mm, NEEDLE_RADIUS_MM);
    t.walk();
    return Optional.of(t);
  }

  private static boolean isNeedle(NeedleTrace t) {
    return refusal(t) == null;
  }

  /** Why the traced line is not taken for a needle, or null when it is. */
  static String refusal(NeedleTrace t) {
    double mm = t.mmPerPixelOfLine();
    String at = String.format(java.util.Locale.ROOT, " (echo from (%.0f, %.0f) to (%.0f, %.0f) px)", t.point(t.start)[0],
        t.point(t.start)[1], t.point(t.tip)[0], t.point(t.tip)[1]);
    if (t.shaftSpreads() < SHAFT_SPREADS) {
      return String.format(java.util.Locale.ROOT, "the line stands %.1f spreads above the tissue beside it, under %.1f",
          t.shaftSpreads(), SHAFT_SPREADS) + at;
    }
    if ((t.tip - t.start) * mm < MIN_LENGTH_MM) {
      return String.format(java.util.Locale.ROOT, "the echo is %.1f mm long, under %.1f mm", (t.tip - t.start) * mm,
          MIN_LENGTH_MM) + at;
    }
    if (t.runsOffFarEdge) {
      return "the echo runs off the far edge of the field: a tissue band, or a needle beyond the image" + at;
    }
    if (t.entryEdge * mm > ENTRY_GAP_MM) {
      return String.format(java.util.Locale.ROOT, "the echo starts %.1f mm in from where its line enters the field"
          + " (a needle comes in from the skin; over %.1f mm)", t.entryEdge * mm, ENTRY_GAP_MM) + at;
    }
    if (t.continuesPastTip()) {
      return "a bright line goes on past the echo's end in a slightly other direction: a bending tissue band" + at;
    }
    return null;
  }

  private static NeedleDetection result(NeedleTrace t, InPlanePath planned, Mask capsule) {
    double[] s = t.point(t.start);
    double[] e = t.point(t.tip + 0.5);
    PixelPoint start = new PixelPoint(s[0], s[1]);
    PixelPoint tip = new PixelPoint(e[0], e[1]);
    PixelScale sc = planned.scale();
    double angle = Math.toDegrees(Math.atan2(Math.abs(t.line[3]) * sc.mmPerPixelY(),
        Math.abs(t.line[2]) * sc.mmPerPixelX()));
    double toTarget = sc.lengthMm(tip.xPx() - planned.target().xPx(), tip.yPx() - planned.target().yPx());
    return new NeedleDetection(tip, start, angle, angle - planned.angleDeg(), toTarget,
        capsule.contains(tip.xPx(), tip.yPx()), t.contrast());
  }

  /** {x, y, weight-in-spreads x 1000} of the pixels at least VOTE_SPREADS above their tissue. */
  private static int[] voters(NeedleExcess ex) {
    int[] out = new int[96];
    int n = 0;
    double min = VOTE_SPREADS * ex.spread();
    for (int y = ex.y0(); y < ex.y1(); y++) {
      for (int x = ex.x0(); x < ex.x1(); x++) {
        double e = ex.at(x + 0.5, y + 0.5);
        if (e >= min && ex.votes(x, y)) {
          if (n + 3 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = x;
          out[n++] = y;
          out[n++] = (int) Math.round(1000 * Math.min(VOTE_CAP_SPREADS, e / ex.spread()));
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** {psi, rho} of the shaft's line: direction psi (radians), rho = -x sin psi + y cos psi. */
  private static double[] hough(NeedleExcess ex, int[] v, double plannedDir, PixelPoint entry, double entryBandPx,
      double copyRangePx) {
    int angles = (int) Math.round(2 * SEARCH_DEG / STEP_DEG) + 1;
    int rhoMax = (int) Math.ceil(Math.hypot(ex.x1(), ex.y1()) + Math.hypot(entry.xPx(), entry.yPx())) + 2;
    double best = -1;
    double[] out = {plannedDir, 0};
    double[] bestAcc = null;
    double[] acc = new double[2 * rhoMax + 1];
    for (int a = 0; a < angles; a++) {
      double psi = plannedDir + Math.toRadians(-SEARCH_DEG + a * STEP_DEG);
      double sn = Math.sin(psi);
      double cs = Math.cos(psi);
      Arrays.fill(acc, 0);
      for (int i = 0; i < v.length; i += 3) {
        double rho = -(v[i] + 0.5) * sn + (v[i + 1] + 0.5) * cs;
        acc[(int) Math.round(rho) + rhoMax] += v[i + 2];
      }
      double rhoEntry = -entry.xPx() * sn + entry.yPx() * cs + rhoMax;
      int lo = (int) Math.max(1, Math.floor(rhoEntry - entryBandPx));
      int hi = (int) Math.min(acc.length - 2, Math.ceil(rhoEntry + entryBandPx));
      for (int r = lo; r <= hi; r++) {
        double s = acc[r - 1] + acc[r] + acc[r + 1];
        if (s > best) {
          best = s;
          out = new double[] {psi, r - rhoMax};
          bestAcc = acc.clone();
        }
      }
    }
    if (bestAcc == null) {
      return out;
    }
    // Shallower means smaller rho when the line runs to the right (cos psi > 0), larger when to the left.
    int dir = Math.cos(out[0]) > 0 ? -1 : 1;
    int r0 = (int) out[1] + rhoMax;
    for (int k = (int) Math.ceil(copyRangePx); k >= 2; k--) {
      int r = r0 + dir * k;
      if (r >= 1 && r < bestAcc.length - 1) {
        double s = bestAcc[r - 1] + bestAcc[r] + bestAcc[r + 1];
        boolean peak = s >= bestAcc[r - 2 >= 0 ? r - 2 : r] && s >= COPY_SHARE * best
            && bestAcc[r] >= bestAcc[r - 1] && bestAcc[r] >= bestAcc[r + 1];
        if (peak) {
          out = new double[] {out[0], r - rhoMax};
          break;
        }
      }
    }
    return out;
  }

  /** {px, py, ux, uy}: a point and the unit direction (pointing deeper) of the line fitted to the band. */
  private static double[] fitBand(int[] v, double[] line) {
    double sn = Math.sin(line[0]);
    double cs = Math.cos(line[0]);
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < v.length; i += 3) {
      double x = v[i] + 0.5;
      double y = v[i + 1] + 0.5;
      if (Math.abs(-x * sn + y * cs - line[1]) <= BAND_PX) {
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
      }
    }
    if (n < 20) {
      return null;
    }
    double mx = sx / n;
    double my = sy / n;
    double theta = 0.5 * Math.atan2(2 * (sxy / n - mx * my), (sxx / n - mx * mx) - (syy / n - my * my));
    double ux = Math.cos(theta);
    double uy = Math.sin(theta);
    if (uy < 0 || (uy == 0 && ux * cs < 0)) {
      ux = -ux;
      uy = -uy;
    }
    return new double[] {mx, my, ux, uy};
  }
}
