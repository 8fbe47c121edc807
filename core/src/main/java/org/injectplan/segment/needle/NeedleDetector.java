package org.injectplan.segment.needle;

import ij.process.ImageProcessor;
import java.util.Arrays;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.InPlanePath;
import org.injectplan.planning.PixelScale;

/**
 * Finds the needle on a frame taken with the needle in place, near the planned path: a bright
 * linear echo. Steps: bright pixels (above the {@link #BRIGHT_PERCENTILE} percentile of the image
 * region below the skin line); a Hough vote weighted by intensity over line directions within
 * {@link #SEARCH_DEG} of the planned one, passing within {@link #ENTRY_TOLERANCE_MM} of the planned
 * skin entry (this keeps the bone cortex and the capsule wall out); a total-least-squares line through the bright pixels within {@link #BAND_PX} of the
 * winning line; the tip where the intensity profile along that line (3 px wide, smoothed over
 * 5 px) stops being the needle's echo for good. Bone and its shadow, when given, are left out of
 * the bright pixels and of the percentile: the cortex is a bright line too, often brighter than the
 * needle, and a line through the entry that touches it tangentially outvoted the needle. A sample is echo when the profile is above
 * half-way between the shaft's and the tissue's level and either still at the shaft's level
 * (within {@link #SHAFT_LEVEL_FRACTION} of the shaft-to-tissue difference) or standing out from
 * the tissue beside the line by at least {@link #LINE_CONTRAST_FRACTION} of the shaft's: a bright
 * wall or frond that continues the needle's line beyond its tip is dimmer than the needle and
 * as bright beside the line as on it, so it no longer carries the tip on; a needle running through
 * bright tissue keeps its level. The tip is then put at the steepest fall of the profile next to
 * an echo sample, from {@link #TIP_WINDOW_MM} before where the echo ends to 2 samples after.
 */
public final class NeedleDetector {
  public static final double BRIGHT_PERCENTILE = 99.0;
  public static final double SEARCH_DEG = 15;
  public static final double BAND_PX = 2.0;
  /** The tip is placed at the steepest fall of the profile up to this before where the echo ends. */
  public static final double TIP_WINDOW_MM = 1.5;
  /**
   * The profile is at the shaft's level while it is at most this fraction of the shaft-to-tissue
   * difference below the shaft's level.
   */
  public static final double SHAFT_LEVEL_FRACTION = 0.15;
  /**
   * Below the shaft's level, the profile is still the needle's echo while it stands out from the
   * tissue beside the line by at least this fraction of what the shaft does.
   */
  public static final double LINE_CONTRAST_FRACTION = 0.65;
  /** The shaft's echo must be at least this many times the tissue beside it. */
  public static final double MIN_CONTRAST = 1.5;
  /** The echo must be at least this long. */
  public static final double MIN_LENGTH_MM = 3.0;
  /** The needle's line passes within this of the planned skin entry. */
  public static final double ENTRY_TOLERANCE_MM = 5.0;
  private static final double STEP_DEG = 0.25;

  private NeedleDetector() {
  }

  /**
   * The needle near {@code planned}, or empty when no line stands out: fewer than 20 bright
   * pixels on it, a shaft less than {@link #MIN_CONTRAST} times the tissue beside it, or an echo
   * shorter than {@link #MIN_LENGTH_MM}.
   */
  public static Optional<NeedleDetection> detect(ImageProcessor frame, InPlanePath planned, Mask capsule,
      double skinYPx) {
    return detect(frame, planned, capsule, skinYPx, null);
  }

  /**
   * As {@link #detect(ImageProcessor, InPlanePath, Mask, double)}, leaving out bone and its
   * shadow ({@code bone}, e.g. found by {@link StructureFinder}; null: nothing left out): the bone
   * cortex is the other bright line in a joint's image, often brighter than the needle, so it
   * neither sets the brightness threshold nor votes for a line.
   */
  public static Optional<NeedleDetection> detect(ImageProcessor frame, InPlanePath planned, Mask capsule,
      double skinYPx, Mask bone) {
    int x0 = (int) Math.max(0, Math.ceil(planned.imageX0Px()));
    int x1 = (int) Math.min(frame.getWidth(), Math.floor(planned.imageX1Px()));
    int y0 = (int) Math.max(0, Math.ceil(skinYPx));
    int y1 = frame.getHeight();
    float threshold = percentile(frame, x0, y0, x1, y1, BRIGHT_PERCENTILE, bone);
    int[] bright = brightPixels(frame, x0, y0, x1, y1, threshold, bone);
    double plannedDir = Math.atan2(planned.target().yPx() - planned.entry().yPx(),
        planned.target().xPx() - planned.entry().xPx());
    double entryBandPx = ENTRY_TOLERANCE_MM / planned.scale().mmPerPixelX();
    double[] line = hough(frame, bright, plannedDir, planned.entry(), entryBandPx);
    double[] fit = fitBand(bright, line);
    if (fit == null) {
      return Optional.empty();
    }
    int window = (int) Math.ceil(TIP_WINDOW_MM / planned.scale().mmPerPixelX());
    double[] ends = tipAlong(frame, fit, x0, y0, x1, y1, window);
    if (ends[2] < MIN_CONTRAST || planned.scale().lengthMm((ends[1] - ends[0]) * fit[2], (ends[1] - ends[0]) * fit[3])
        < MIN_LENGTH_MM) {
      return Optional.empty();
    }
    PixelPoint start = new PixelPoint(fit[0] + ends[0] * fit[2], fit[1] + ends[0] * fit[3]);
    PixelPoint tip = new PixelPoint(fit[0] + ends[1] * fit[2], fit[1] + ends[1] * fit[3]);
    PixelScale s = planned.scale();
    double angle = Math.toDegrees(Math.atan2(Math.abs(fit[3]) * s.mmPerPixelY(), Math.abs(fit[2]) * s.mmPerPixelX()));
    double toTarget = s.lengthMm(tip.xPx() - planned.target().xPx(), tip.yPx() - planned.target().yPx());
    return Optional.of(new NeedleDetection(tip, start, angle, angle - planned.angleDeg(), toTarget,
        capsule.contains(tip.xPx(), tip.yPx()), ends[2]));
  }

  static float percentile(ImageProcessor ip, int x0, int y0, int x1, int y1, double pct, Mask leaveOut) {
    float[] v = new float[(x1 - x0) * (y1 - y0)];
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (leaveOut == null || !leaveOut.get(x, y)) {
          v[n++] = ip.getPixelValue(x, y);
        }
      }
    }
    if (n == 0) {
      return Float.POSITIVE_INFINITY;
    }
    Arrays.sort(v, 0, n);
    return v[Math.min(n - 1, (int) Math.floor(pct / 100 * n))];
  }

  private static int[] brightPixels(ImageProcessor ip, int x0, int y0, int x1, int y1, float threshold,
      Mask leaveOut) {
    int[] out = new int[64];
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (ip.getPixelValue(x, y) >= threshold && (leaveOut == null || !leaveOut.get(x, y))) {
          if (n + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = x;
          out[n++] = y;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** {psi, rho} of the strongest line: direction psi (radians), rho = -x sin psi + y cos psi. */
  private static double[] hough(ImageProcessor ip, int[] bright, double plannedDir, PixelPoint entry,
      double entryBandPx) {
    int angles = (int) Math.round(2 * SEARCH_DEG / STEP_DEG) + 1;
    int rhoMax = (int) Math.ceil(Math.hypot(ip.getWidth(), ip.getHeight()));
    double best = -1;
    double[] out = {plannedDir, 0};
    double[] acc = new double[2 * rhoMax + 1];
    for (int a = 0; a < angles; a++) {
      double psi = plannedDir + Math.toRadians(-SEARCH_DEG + a * STEP_DEG);
      double sn = Math.sin(psi);
      double cs = Math.cos(psi);
      Arrays.fill(acc, 0);
      for (int i = 0; i < bright.length; i += 2) {
        double rho = -(bright[i] + 0.5) * sn + (bright[i + 1] + 0.5) * cs;
        int r = (int) Math.round(rho) + rhoMax;
        acc[r] += ip.getPixelValue(bright[i], bright[i + 1]);
      }
      double rhoEntry = -entry.xPx() * sn + entry.yPx() * cs + rhoMax;
      int lo = (int) Math.max(1, Math.floor(rhoEntry - entryBandPx));
      int hi = (int) Math.min(acc.length - 2, Math.ceil(rhoEntry + entryBandPx));
      for (int r = lo; r <= hi; r++) {
        double v = acc[r - 1] + acc[r] + acc[r + 1];
        if (v > best) {
          best = v;
          out = new double[] {psi, r - rhoMax};
        }
      }
    }
    return out;
  }

  /**
   * {px, py, ux, uy, tMin, tMax}: a point and the unit direction (pointing deeper) of the line
   * fitted to the band, and the extent of the band's pixels along it.
   */
  private static double[] fitBand(int[] bright, double[] line) {
    double sn = Math.sin(line[0]);
    double cs = Math.cos(line[0]);
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < bright.length; i += 2) {
      double x = bright[i] + 0.5;
      double y = bright[i + 1] + 0.5;
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
    double cxx = sxx / n - mx * mx;
    double cyy = syy / n - my * my;
    double cxy = sxy / n - mx * my;
    double theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    double ux = Math.cos(theta);
    double uy = Math.sin(theta);
    if (uy < 0 || (uy == 0 && ux * cs < 0)) {
      ux = -ux;
      uy = -uy;
    }
    double tMin = Double.POSITIVE_INFINITY;
    double tMax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < bright.length; i += 2) {
      double x = bright[i] + 0.5;
      double y = bright[i + 1] + 0.5;
      if (Math.abs(-x * sn + y * cs - line[1]) <= BAND_PX) {
        double t = (x - mx) * ux + (y - my) * uy;
        tMin = Math.min(tMin, t);
        tMax = Math.max(tMax, t);
      }
    }
    return new double[] {mx, my, ux, uy, tMin, tMax};
  }

  /** {start t, tip t, contrast}: along the fitted line, where the bright echo begins and ends. */
  private static double[] tipAlong(ImageProcessor ip, double[] f, int x0, int y0, int x1, int y1, int window) {
    int span = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0));
    double[] prof = new double[2 * span + 1];
    double[] side = new double[2 * span + 1];
    boolean[] in = new boolean[2 * span + 1];
    for (int k = 0; k < prof.length; k++) {
      double t = k - span;
      double x = f[0] + t * f[2];
      double y = f[1] + t * f[3];
      in[k] = x >= x0 && x < x1 && y >= y0 && y < y1;
      if (in[k]) {
        for (int w = -1; w <= 1; w++) {
          prof[k] += ip.getInterpolatedValue(x - w * f[3] - 0.5, y + w * f[2] - 0.5) / 3;
          side[k] += ip.getInterpolatedValue(x - (5 + w) * f[3] - 0.5, y + (5 + w) * f[2] - 0.5) / 6
              + ip.getInterpolatedValue(x + (5 + w) * f[3] - 0.5, y - (5 + w) * f[2] - 0.5) / 6;
        }
      }
    }
    double[] sm = smooth(prof, in, 2);
    // The shaft's level: the median profile over the shallow half of the bright band; the walk
    // starts at the band's shallow end, so a bright structure beyond the tip is not reached
    // unless the echo runs into it.
    int first = Math.max(0, (int) Math.floor(f[4]) + span);
    int mid = Math.min(sm.length - 1, (int) Math.round((f[4] + f[5]) / 2) + span);
    while (first < mid && !in[first]) {
      first++;
    }
    double shaft = medianRange(sm, in, first, mid);
    double tissue = median(side, in);
    double half = (shaft + tissue) / 2;
    boolean[] echo = echo(sm, smooth(side, in, 2), in, first, mid, shaft, tissue);
    int tip = first;
    int start = first;
    while (tip + 1 < sm.length && in[tip + 1] && !noEcho(echo, tip + 1, 6)) {
      tip++;
    }
    while (start - 1 >= 0 && in[start - 1] && !staysBelow(sm, in, start - 1, half, -6)) {
      start--;
    }
    tip = steepestFall(prof, in, echo, tip, window);
    double tipT = tip - span + subPixel(sm, tip, half);
    return new double[] {start - span, tipT, shaft / Math.max(1e-9, tissue)};
  }

  /**
   * Which samples are the needle's echo: above half-way between shaft and tissue, and either at
   * the shaft's level ({@link #SHAFT_LEVEL_FRACTION}) or standing out from the tissue beside the
   * line ({@link #LINE_CONTRAST_FRACTION} of the shaft's median over [first, mid]).
   */
  private static boolean[] echo(double[] sm, double[] sideSm, boolean[] in, int first, int mid, double shaft,
      double tissue) {
    double[] line = new double[sm.length];
    for (int k = 0; k < sm.length; k++) {
      line[k] = sm[k] - sideSm[k];
    }
    double lineLevel = LINE_CONTRAST_FRACTION * medianRange(line, in, first, mid);
    double shaftLevel = shaft - SHAFT_LEVEL_FRACTION * (shaft - tissue);
    double half = (shaft + tissue) / 2;
    boolean[] out = new boolean[sm.length];
    for (int k = 0; k < sm.length; k++) {
      out[k] = in[k] && sm[k] >= half && (sm[k] >= shaftLevel || line[k] >= lineLevel);
    }
    return out;
  }

  /** True when none of the {@code run} samples from k on is echo (or the line leaves the image). */
  private static boolean noEcho(boolean[] echo, int k, int run) {
    for (int j = k; j < Math.min(echo.length, k + run); j++) {
      if (echo[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sample in [k - window, k + 2] (k: the last echo sample; the smoothed profile drops up to
   * two samples before the raw one) after which the raw profile falls most steeply (mean of the
   * next two samples minus mean of the two before): the end of the needle's echo. Only samples
   * within two of an echo sample count, so a dark speckle spot past the tip or the fall off a
   * bright structure beyond it does not move the tip; k itself when none counts.
   */
  private static int steepestFall(double[] p, boolean[] in, boolean[] echo, int k, int window) {
    int best = k;
    double bestFall = Double.NEGATIVE_INFINITY;
    for (int j = Math.max(2, k - window); j <= Math.min(p.length - 3, k + 2); j++) {
      if (in[j - 2] && in[j + 2] && (echo[j - 2] || echo[j - 1] || echo[j])) {
        double fall = (p[j - 1] + p[j]) / 2 - (p[j + 1] + p[j + 2]) / 2;
        if (fall > bestFall) {
          bestFall = fall;
          best = j;
        }
      }
    }
    return best;
  }

  /** The fractional step past sample k where the profile crosses {@code level} on its way down. */
  private static double subPixel(double[] sm, int k, double level) {
    if (k + 1 >= sm.length || sm[k] == sm[k + 1]) {
      return 0;
    }
    return Math.max(0, Math.min(1, (sm[k] - level) / (sm[k] - sm[k + 1])));
  }

  private static boolean staysBelow(double[] sm, boolean[] in, int k, double level, int run) {
    int step = run > 0 ? 1 : -1;
    for (int i = 0; i != run; i += step) {
      int j = k + i;
      if (j < 0 || j >= sm.length || !in[j]) {
        return true;
      }
      if (sm[j] >= level) {
        return false;
      }
    }
    return true;
  }

  private static double[] smooth(double[] p, boolean[] in, int half) {
    double[] out = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      double s = 0;
      int n = 0;
      for (int j = Math.max(0, k - half); j <= Math.min(p.length - 1, k + half); j++) {
        if (in[j]) {
          s += p[j];
          n++;
        }
      }
      out[k] = n == 0 ? 0 : s / n;
    }
    return out;
  }

  private static double medianRange(double[] v, boolean[] in, int from, int to) {
    double[] s = new double[Math.max(1, to - from + 1)];
    int n = 0;
    for (int k = from; k <= to; k++) {
      if (in[k]) {
        s[n++] = v[k];
      }
    }
    if (n == 0) {
      return v[from];
    }
    Arrays.sort(s, 0, n);
    return s[n / 2];
  }

  private static double median(double[] v, boolean[] in) {
    double[] s = new double[v.length];
    int n = 0;
    for (int k = 0; k < v.length; k++) {
      if (in[k]) {
        s[n++] = v[k];
      }
    }
    Arrays.sort(s, 0, n);
    return s[n / 2];
  }
}
