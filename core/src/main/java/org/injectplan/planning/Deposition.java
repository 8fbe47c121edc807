package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskMoments;
import org.injectplan.plan.PixelPoint;
import org.injectplan.segment.CapacityEstimate;

/**
 * Where the injectate goes. Models, stated:
 * <ul>
 * <li>Bolus: a sphere of the injected volume (1 mL = 1000 mm^3) around each deposition point.</li>
 * <li>Fraction in the capsule (elevational model): the capsule's cross-section in this image is
 *     taken to extend unchanged over the bolus's elevational extent (a prism), so the fraction is
 *     the share of the sphere's volume above capsule pixels: each pixel within the bolus radius
 *     counts with the sphere's chord through it, 2 sqrt(r^2 - rho^2).</li>
 * <li>Visible pocket volume: the capacity {@code segment} reports for the same mask, one model
 *     ({@link CapacityEstimate#spheroid}): the spheroid of the mask's second moments whose
 *     elevational semi-axis equals the in-plane semi-major axis, V = 4/3 pi a^2 b.</li>
 * <li>Several points: when the pocket's long axis is longer than two bolus diameters, the volume
 *     is split evenly over n = min(3, floor(L / 2r)) points spaced evenly along the long axis
 *     (points outside the pocket are dropped).</li>
 * <li>Dead space: the needle's hub dead space stays in the needle.</li>
 * </ul>
 */
public record Deposition(double volumeMl, double bolusRadiusMm, double fractionInCapsule, double deadSpaceMl,
    double pocketVolumeMl, List<PixelPoint> points) {

  /** Radius of a sphere of {@code volumeMl}, mm. */
  public static double bolusRadiusMm(double volumeMl) {
    if (!(volumeMl > 0) || !Double.isFinite(volumeMl)) {
      throw new IllegalArgumentException("volumeMl must be finite and > 0: " + volumeMl);
    }
    return Math.cbrt(3 * volumeMl * 1000 / (4 * Math.PI));
  }

  /** The deposition of {@code volumeMl} at {@code target} in the capsule. */
  public static Deposition of(PixelPoint target, double volumeMl, Mask capsule, PixelScale scale,
      NeedleType needle) {
    double r = bolusRadiusMm(volumeMl);
    double fraction = fractionInside(capsule, target, r, scale);
    MaskMoments e = MaskMoments.of(capsule, scale.mmPerPixelX(), scale.mmPerPixelY());
    double pocketMl = CapacityEstimate.spheroid(e).volumeMl();
    List<PixelPoint> points = points(capsule, scale, e, r, target);
    return new Deposition(volumeMl, r, fraction, needle.hubDeadSpaceMl(), pocketMl, points);
  }

  /** The share of the sphere's volume over mask pixels (prism model). */
  public static double fractionInside(Mask m, PixelPoint c, double radiusMm, PixelScale s) {
    double rx = radiusMm / s.mmPerPixelX();
    double ry = radiusMm / s.mmPerPixelY();
    int xa = (int) Math.floor(c.xPx() - rx);
    int xb = (int) Math.ceil(c.xPx() + rx);
    int ya = (int) Math.floor(c.yPx() - ry);
    int yb = (int) Math.ceil(c.yPx() + ry);
    // Each column's and row's term computed once; the sums run in the same order as pixel by pixel.
    double[] column = new double[xb - xa + 1];
    for (int x = xa; x <= xb; x++) {
      column[x - xa] = sq((x + 0.5 - c.xPx()) * s.mmPerPixelX());
    }
    Window in = Window.of(m, xa, ya, xb, yb);
    double inside = 0;
    double all = 0;
    for (int y = ya; y <= yb; y++) {
      double row = sq((y + 0.5 - c.yPx()) * s.mmPerPixelY());
      for (int x = xa; x <= xb; x++) {
        double rho2 = column[x - xa] + row;
        if (rho2 < radiusMm * radiusMm) {
          double chord = Math.sqrt(radiusMm * radiusMm - rho2);
          all += chord;
          inside += in.get(x, y) ? chord : 0;
        }
      }
    }
    return all == 0 ? 0 : inside / all;
  }

  /** The mask's pixels over the part of a box that holds any of them (read without a call per pixel). */
  private record Window(int x0, int y0, int x1, int y1, boolean[] px) {
    static Window of(Mask m, int xa, int ya, int xb, int yb) {
      int[] b = m.bounds();
      if (b == null || Math.max(xa, b[0]) > Math.min(xb, b[2]) || Math.max(ya, b[1]) > Math.min(yb, b[3])) {
        return new Window(0, 0, -1, -1, new boolean[0]);
      }
      int x0 = Math.max(xa, b[0]);
      int y0 = Math.max(ya, b[1]);
      int x1 = Math.min(xb, b[2]);
      int y1 = Math.min(yb, b[3]);
      return new Window(x0, y0, x1, y1, m.crop(x0, y0, x1, y1).inside());
    }

    boolean get(int x, int y) {
      return x >= x0 && x <= x1 && y >= y0 && y <= y1 && px[(y - y0) * (x1 - x0 + 1) + x - x0];
    }
  }

  private static List<PixelPoint> points(Mask m, PixelScale s, MaskMoments e, double r, PixelPoint target) {
    double lengthMm = 2 * e.semiMajorMm();
    int n = (int) Math.min(3, Math.floor(lengthMm / (2 * r)));
    if (n < 2) {
      return List.of(target);
    }
    List<PixelPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = (i - (n - 1) / 2.0) * lengthMm / n;
      PixelPoint p = new PixelPoint(e.centreXPx() + t * e.axisX() / s.mmPerPixelX(),
          e.centreYPx() + t * e.axisY() / s.mmPerPixelY());
      if (m.contains(p.xPx(), p.yPx())) {
        out.add(p);
      }
    }
    return out.isEmpty() ? List.of(target) : List.copyOf(out);
  }

  private static double sq(double v) {
    return v * v;
  }

  /** The volume that leaves the needle, mL. */
  public double deliveredMl() {
    return Math.max(0, volumeMl - deadSpaceMl);
  }

  /** True when the volume exceeds the visible pocket's volume. */
  public boolean overfillsPocket() {
    return volumeMl > pocketVolumeMl;
  }
}
