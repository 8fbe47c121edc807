package org.injectplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;

/**
 * Where the needle path from entry to target crosses the outline of the capsule and of each
 * structure to avoid, as fractions of the path (0 at the entry, 1 at the target): the marks on the
 * intensity profile that say what the needle passes through.
 */
final class PathCrossings {

  /** The path crosses {@code name}'s outline at {@code fraction} of its length. */
  record Crossing(String name, double fraction) {
  }

  private PathCrossings() {
  }

  static List<Crossing> of(Plan plan) {
    List<Crossing> out = new ArrayList<>();
    if (plan.capsule() != null) {
      out.addAll(of(plan.entry(), plan.target(), plan.capsule()));
    }
    for (Structure s : plan.avoidStructures()) {
      out.addAll(of(plan.entry(), plan.target(), s));
    }
    out.sort(Comparator.comparingDouble(Crossing::fraction));
    return out;
  }

  static List<Crossing> of(PixelPoint p, PixelPoint q, Structure s) {
    List<Crossing> out = new ArrayList<>();
    List<PixelPoint> c = s.contourPx();
    for (int i = 0; i < c.size(); i++) {
      PixelPoint a = c.get(i);
      PixelPoint b = c.get((i + 1) % c.size());
      double t = intersection(p, q, a, b);
      if (!Double.isNaN(t)) {
        out.add(new Crossing(s.name(), t));
      }
    }
    return out;
  }

  /** The fraction along p→q where it meets segment a→b, or NaN when they do not meet (or are parallel). */
  static double intersection(PixelPoint p, PixelPoint q, PixelPoint a, PixelPoint b) {
    double rx = q.xPx() - p.xPx();
    double ry = q.yPx() - p.yPx();
    double sx = b.xPx() - a.xPx();
    double sy = b.yPx() - a.yPx();
    double denominator = rx * sy - ry * sx;
    if (Math.abs(denominator) < 1e-12) {
      return Double.NaN;
    }
    double qpx = a.xPx() - p.xPx();
    double qpy = a.yPx() - p.yPx();
    double t = (qpx * sy - qpy * sx) / denominator;
    double u = (qpx * ry - qpy * rx) / denominator;
    return t >= 0 && t <= 1 && u >= 0 && u < 1 ? t : Double.NaN;
  }
}
