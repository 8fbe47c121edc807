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
