package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.PixelPoint;

/**
 * Where the injectate goes. Models, stated:
 * <ul>
 * <li>Bolus: a sphere of the injected volume (1 mL = 1000 mm^3) around each deposition point.</li>
 * <li>Fraction in the capsule (elevational model): the capsule's cross-section in this image is
 *     taken to extend unchanged over the bolus's elevational extent (a prism), so the fraction is
 *     the share of the sphere's volume above capsule pixels: each pixel within the bolus radius
 *     counts with the sphere's chord through it, 2 sqrt(r^2 - rho^2).</li>
 * <li>Visible pocket volume (the capacity from segmentation): the pocket's in-plane ellipse of
 *     the same second moments, turned into a spheroid whose elevational semi-axis equals the
 *     in-plane semi-major axis: V = 4/3 pi a^2 b.</li>
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
  public static Deposition of(PixelPoint target, double volumeMl, BinaryMask capsule, PixelScale scale,
      NeedleType needle) {
    double r = bolusRadiusMm(volumeMl);
    double fraction = fractionInside(capsule, target, r, scale);
    double[] e = ellipse(capsule, scale);
    double pocketMl = 4.0 / 3 * Math.PI * e[0] * e[0] * e[1] / 1000;
    List<PixelPoint> points = points(capsule, scale, e, r, target);
    return new Deposition(volumeMl, r, fraction, needle.hubDeadSpaceMl(), pocketMl, points);
  }

  /** The share of the sphere's volume over mask pixels (prism model). */
  public static double fractionInside(BinaryMask m, PixelPoint c, double radiusMm, PixelScale s) {
    double rx = radiusMm / s.mmPerPixelX();
    double ry = radiusMm / s.mmPerPixelY();
    double in = 0;
    double all = 0;
    for (int y = (int) Math.floor(c.yPx() - ry); y <= (int) Math.ceil(c.yPx() + ry); y++) {
      for (int x = (int) Math.floor(c.xPx() - rx); x <= (int) Math.ceil(c.xPx() + rx); x++) {
        double rho2 = sq((x + 0.5 - c.xPx()) * s.mmPerPixelX()) + sq((y + 0.5 - c.yPx()) * s.mmPerPixelY());
        if (rho2 < radiusMm * radiusMm) {
          double chord = Math.sqrt(radiusMm * radiusMm - rho2);
          all += chord;
          in += m.get(x, y) ? chord : 0;
        }
      }
    }
    return all == 0 ? 0 : in / all;
  }

  /** {semi-major mm, semi-minor mm, centre x px, centre y px, axis unit x, axis unit y (in mm space)}. */
  static double[] ellipse(BinaryMask m, PixelScale s) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    int[] b = m.bounds();
    if (b == null) {
      throw new IllegalArgumentException("the capsule mask is empty");
    }
    for (int y = b[1]; y <= b[3]; y++) {
      for (int x = b[0]; x <= b[2]; x++) {
        if (m.get(x, y)) {
          double u = (x + 0.5) * s.mmPerPixelX();
          double v = (y + 0.5) * s.mmPerPixelY();
          n++;
          sx += u;
          sy += v;
          sxx += u * u;
          syy += v * v;
          sxy += u * v;
        }
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("the capsule mask is empty");
    }
    double mx = sx / n;
    double my = sy / n;
    double cxx = sxx / n - mx * mx + s.mmPerPixelX() * s.mmPerPixelX() / 12;
    double cyy = syy / n - my * my + s.mmPerPixelY() * s.mmPerPixelY() / 12;
    double cxy = sxy / n - mx * my;
    double tr = cxx + cyy;
    double disc = Math.sqrt(Math.max(0, sq(cxx - cyy) / 4 + cxy * cxy));
    double l1 = tr / 2 + disc;
    double l2 = Math.max(0, tr / 2 - disc);
    double ax = Math.abs(cxy) > 1e-12 ? l1 - cyy : (cxx >= cyy ? 1 : 0);
    double ay = Math.abs(cxy) > 1e-12 ? cxy : (cxx >= cyy ? 0 : 1);
    double norm = Math.hypot(ax, ay);
    return new double[] {2 * Math.sqrt(l1), 2 * Math.sqrt(l2), mx / s.mmPerPixelX(), my / s.mmPerPixelY(),
        ax / norm, ay / norm};
  }

  private static List<PixelPoint> points(BinaryMask m, PixelScale s, double[] e, double r, PixelPoint target) {
    double lengthMm = 2 * e[0];
    int n = (int) Math.min(3, Math.floor(lengthMm / (2 * r)));
    if (n < 2) {
      return List.of(target);
    }
    List<PixelPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = (i - (n - 1) / 2.0) * lengthMm / n;
      PixelPoint p = new PixelPoint(e[2] + t * e[4] / s.mmPerPixelX(), e[3] + t * e[5] / s.mmPerPixelY());
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
