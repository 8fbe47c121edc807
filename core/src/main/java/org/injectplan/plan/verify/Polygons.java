package org.injectplan.plan.verify;

import java.util.List;
import org.injectplan.plan.PixelPoint;

/** Polygon geometry on a plan's outlines, in millimetres of a given pixel size. */
final class Polygons {
  private Polygons() {
  }

  /**
   * Most pixel-vertex visits of {@link #prismFraction} (a real plan needs about 1e7: a bolus of
   * 10^5 pixels against 200 vertices); a hostile bolus or outline beyond it is not derived.
   */
  static final double MAX_WORK = 2e8;

  /** The pixel-vertex visits {@link #prismFraction} would make. */
  static double pixelWork(List<PixelPoint> poly, double rxPx, double ryPx) {
    return (2 * rxPx + 3) * (2 * ryPx + 3) * poly.size();
  }

  /** Whether the pixel position lies inside the polygon (even-odd rule). */
  static boolean contains(List<PixelPoint> poly, double x, double y) {
    boolean in = false;
    for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
      PixelPoint a = poly.get(i);
      PixelPoint b = poly.get(j);
      if ((a.yPx() > y) != (b.yPx() > y)
          && x < (b.xPx() - a.xPx()) * (y - a.yPx()) / (b.yPx() - a.yPx()) + a.xPx()) {
        in = !in;
      }
    }
    return in;
  }

  /**
   * The least distance in mm from the segment p0-p1 to the polygon's boundary, 0 when an end lies
   * inside it or the segment crosses it.
   */
  static double distanceMm(List<PixelPoint> poly, PixelPoint p0, PixelPoint p1, double sx, double sy) {
    if (contains(poly, p0.xPx(), p0.yPx()) || contains(poly, p1.xPx(), p1.yPx())) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
      double[] a = {poly.get(j).xPx() * sx, poly.get(j).yPx() * sy};
      double[] b = {poly.get(i).xPx() * sx, poly.get(i).yPx() * sy};
      double[] c = {p0.xPx() * sx, p0.yPx() * sy};
      double[] d = {p1.xPx() * sx, p1.yPx() * sy};
      best = Math.min(best, segmentDistance(a, b, c, d));
    }
    return best;
  }

  /** The longest edge of the polygon, mm. */
  static double longestEdgeMm(List<PixelPoint> poly, double sx, double sy) {
    double longest = 0;
    for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
      longest = Math.max(longest, Math.hypot((poly.get(i).xPx() - poly.get(j).xPx()) * sx,
          (poly.get(i).yPx() - poly.get(j).yPx()) * sy));
    }
    return longest;
  }

  private static double segmentDistance(double[] a, double[] b, double[] c, double[] d) {
    if (crosses(a, b, c, d)) {
      return 0;
    }
    return Math.min(Math.min(pointSegment(a, c, d), pointSegment(b, c, d)),
        Math.min(pointSegment(c, a, b), pointSegment(d, a, b)));
  }

  private static double pointSegment(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len2 = dx * dx + dy * dy;
    double s = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    return Math.hypot(p[0] - a[0] - s * dx, p[1] - a[1] - s * dy);
  }

  private static boolean crosses(double[] a, double[] b, double[] c, double[] d) {
    double d1 = cross(c, d, a);
    double d2 = cross(c, d, b);
    double d3 = cross(a, b, c);
    double d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  /**
   * The share of a sphere's volume (radius {@code radiusMm} around {@code c}) over pixels whose
   * centre the outline covers ({@link #covers}): the planner's prism model, on the outline instead of the mask.
   */
  static double prismFraction(List<PixelPoint> poly, PixelPoint c, double radiusMm, double sx, double sy) {
    double rx = radiusMm / sx;
    double ry = radiusMm / sy;
    if (!(pixelWork(poly, rx, ry) <= MAX_WORK)) {
      return Double.NaN;
    }
    double in = 0;
    double all = 0;
    for (int y = (int) Math.floor(c.yPx() - ry); y <= (int) Math.ceil(c.yPx() + ry); y++) {
      for (int x = (int) Math.floor(c.xPx() - rx); x <= (int) Math.ceil(c.xPx() + rx); x++) {
        double rho2 = sq((x + 0.5 - c.xPx()) * sx) + sq((y + 0.5 - c.yPx()) * sy);
        if (rho2 < radiusMm * radiusMm) {
          double chord = Math.sqrt(radiusMm * radiusMm - rho2);
          all += chord;
          in += covers(poly, x + 0.5, y + 0.5) ? chord : 0;
        }
      }
    }
    return all == 0 ? 0 : in / all;
  }

  /**
   * Whether a pixel centre belongs to the outlined structure: inside the polygon, or within half
   * a pixel of its boundary (the outline runs through the boundary pixels' centres, which the
   * planner counts as inside).
   */
  static boolean covers(List<PixelPoint> poly, double x, double y) {
    if (contains(poly, x, y)) {
      return true;
    }
    double[] p = {x, y};
    for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
      double[] a = {poly.get(j).xPx(), poly.get(j).yPx()};
      double[] b = {poly.get(i).xPx(), poly.get(i).yPx()};
      if (pointSegment(p, a, b) <= 0.5) {
        return true;
      }
    }
    return false;
  }

  private static double sq(double v) {
    return v * v;
  }
}
