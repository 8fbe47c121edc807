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
public final class PathCrossings {

  /** The path crosses {@code name}'s outline at {@code fraction} of its length. */
  record Crossing(String name, double fraction) {
  }

  private PathCrossings() {
  }

  /**
   * The structures to avoid that the straight path from entry to target goes through: its line
   * crosses their outline, or the entry or the target lies inside it. In the plan's order, each
   * name once. A path that only passes near a structure is not in the list (that is clearance).
   */
  public static List<String> crossedStructures(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Structure s : plan.avoidStructures()) {
      boolean crosses = !of(plan.entry(), plan.target(), s).isEmpty() || inside(plan.entry(), s)
          || inside(plan.target(), s);
      if (crosses && !out.contains(s.name())) {
        out.add(s.name());
      }
    }
    return out;
  }

  /** Whether the point lies inside the structure's outline (even-odd rule). */
  static boolean inside(PixelPoint p, Structure s) {
    List<PixelPoint> c = s.contourPx();
    boolean in = false;
    for (int i = 0, j = c.size() - 1; i < c.size(); j = i++) {
      PixelPoint a = c.get(i);
      PixelPoint b = c.get(j);
      if ((a.yPx() > p.yPx()) != (b.yPx() > p.yPx())
          && p.xPx() < (b.xPx() - a.xPx()) * (p.yPx() - a.yPx()) / (b.yPx() - a.yPx()) + a.xPx()) {
        in = !in;
      }
    }
    return in;
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
