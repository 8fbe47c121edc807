package org.injectplan.plan.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;

/**
 * Depth, angle, path length and clearance derived from the target, the entry, the outlines and
 * the plan's calibration, as the planners compute them: the ultrasound in-plane path (depth below
 * the skin line, angle to it, straight path) and the fluoroscopy coaxial path (entry on the
 * target, angle 0, path equal to the depth along the beam, which the single frame cannot give).
 * Points are checked against the frame.
 */
final class GeometryChecks {
  private final Plan plan;
  private final double sx;
  private final double sy;
  private final boolean mm;

  GeometryChecks(Plan plan, double mmPerPixelX, double mmPerPixelY) {
    this.plan = plan;
    this.mm = plan.calibration().isCalibrated();
    this.sx = mm ? mmPerPixelX : 1;
    this.sy = mm ? mmPerPixelY : 1;
  }

  List<Check> all(Frame frame) {
    List<Check> out = new ArrayList<>(points(frame));
    if (!out.stream().allMatch(Check::holds)) {
      return out; // figures of points outside the frame mean nothing
    }
    if (coaxial()) {
      out.addAll(coaxialFigures());
    } else {
      out.addAll(inPlaneFigures());
    }
    out.add(clearance());
    return out;
  }

  /** A down-the-beam plan: the entry is the target. */
  boolean coaxial() {
    return plan.entry().equals(plan.target());
  }

  private List<Check> inPlaneFigures() {
    List<Check> out = new ArrayList<>();
    PixelPoint t = plan.target();
    PixelPoint e = plan.entry();
    double depth = (t.yPx() - e.yPx()) * sy;
    double run = Math.abs(t.xPx() - e.xPx()) * sx;
    double angle = Math.toDegrees(Math.atan2(depth, run));
    double path = Math.hypot(run, depth);
    String basis = mm ? "from target and entry at " + Figures.of(sx) + " x " + Figures.of(sy) + " mm/px"
        : "from target and entry, in pixels";
    out.add(Check.of("angleDeg", Figures.of(plan.angleDeg()), Figures.of(angle),
        Tolerances.near(plan.angleDeg(), angle, Tolerances.ANGLE_DEG), basis + ", +/- " + Tolerances.ANGLE_DEG
            + " deg"));
    out.add(length("depthMm", plan.depthMm(), depth, basis));
    out.add(length("pathLengthMm", plan.pathLengthMm(), path, basis));
    return out;
  }

  private List<Check> coaxialFigures() {
    List<Check> out = new ArrayList<>();
    out.add(Check.of("angleDeg", Figures.of(plan.angleDeg()), "0", plan.angleDeg() == 0,
        "coaxial: the entry is the target, the needle runs down the beam"));
    if (!plan.hasKnownDepth() || plan.depthMm() == null) {
      out.add(Check.of("depthMm", Figures.of(plan.depthMm()), "null", plan.depthMm() == null
          && plan.pathLengthMm() == null, "depth along the beam unknown (one view or uncalibrated)"));
      return out;
    }
    out.add(Check.notChecked("depthMm", Figures.of(plan.depthMm()),
        "the depth along the beam comes from the second view, which the plan does not hold"));
    out.add(Check.of("pathLengthMm", Figures.of(plan.pathLengthMm()), Figures.of(plan.depthMm()),
        plan.pathLengthMm() != null && Tolerances.near(plan.pathLengthMm(), plan.depthMm(), Tolerances.LENGTH_MM),
        "coaxial: the path is the depth along the beam, +/- " + Tolerances.LENGTH_MM + " mm"));
    return out;
  }

  private Check length(String key, Double stated, double derived, String basis) {
    if (!mm) {
      return Check.of(key, Figures.of(stated), "null", stated == null, "uncalibrated: no millimetres");
    }
    return Check.of(key, Figures.of(stated), Figures.of(derived),
        stated != null && Tolerances.near(stated, derived, Tolerances.LENGTH_MM), basis + ", +/- "
            + Tolerances.LENGTH_MM + " mm");
  }

  private Check clearance() {
    String key = "minClearanceMm";
    Double stated = plan.minClearanceMm();
    if (plan.avoid() == null) {
      if (coaxial() || stated == null) {
        return Check.of(key, Figures.of(stated), "null", stated == null, "no structure to avoid is named");
      }
      // The ultrasound planner states the path length when there is nothing to avoid.
      Double path = plan.pathLengthMm();
      return Check.of(key, Figures.of(stated), Figures.of(path), path != null
          && Tolerances.near(stated, path, Tolerances.LENGTH_MM), "no structure to avoid: the path length");
    }
    List<Structure> pieces = plan.avoidStructures().stream().filter(s -> s.name().equals(plan.avoid())).toList();
    if (pieces.isEmpty()) {
      return Check.notChecked(key, Figures.of(stated), "the plan holds no outline of \"" + plan.avoid() + "\"");
    }
    if (!mm) {
      return Check.of(key, Figures.of(stated), "null", stated == null, "uncalibrated: no millimetres");
    }
    double derived = Double.POSITIVE_INFINITY;
    double longest = 0;
    for (Structure s : pieces) {
      derived = Math.min(derived, Polygons.distanceMm(s.contourPx(), plan.entry(), plan.target(), sx, sy));
      longest = Math.max(longest, Polygons.longestEdgeMm(s.contourPx(), sx, sy));
    }
    double tol = Math.max(Tolerances.LENGTH_MM, longest / 2 + Tolerances.CLEARANCE_PIXEL_DIAGONALS * Math.hypot(sx,
        sy));
    return Check.of(key, Figures.of(stated), Figures.of(derived), stated != null
        && Tolerances.near(stated, derived, tol), String.format(Locale.ROOT,
            "from the path to the outline of \"%s\" (%d piece(s)), +/- %.3f mm (outline sag)", plan.avoid(),
            pieces.size(), tol));
  }

  /**
   * The target, deposition points and outline vertices inside the frame; the entry on the frame's
   * rows and within a needle's length beyond its sides (an ultrasound entry may lie past the
   * transducer's edge).
   */
  List<Check> points(Frame frame) {
    List<Check> out = new ArrayList<>();
    String basis = "inside the frame, " + frame.columns() + " x " + frame.rows() + " px (" + frame.source() + ")";
    out.add(inside("target", plan.target().xPx(), plan.target().yPx(), frame, basis));
    double beyondPx = mm ? plan.needle().lengthMm() / sx : frame.columns();
    PixelPoint e = plan.entry();
    boolean entryIn = e.yPx() >= 0 && e.yPx() <= frame.rows() && e.xPx() >= -beyondPx
        && e.xPx() <= frame.columns() + beyondPx;
    out.add(Check.of("entry", Figures.point(e.xPx(), e.yPx()), entryIn ? "inside" : "outside", entryIn,
        "on the frame's rows, at most " + Figures.of(beyondPx) + " px beyond its sides; " + basis));
    var points = plan.deposition().points();
    for (int i = 0; i < points.size(); i++) {
      out.add(inside("deposition.points[" + i + "]", points.get(i).xPx(), points.get(i).yPx(), frame, basis));
    }
    List<Structure> outlines = new ArrayList<>(plan.avoidStructures());
    if (plan.capsule() != null) {
      outlines.add(0, plan.capsule());
    }
    for (Structure s : outlines) {
      PixelPoint bad = s.contourPx().stream().filter(p -> !frame.contains(p.xPx(), p.yPx())).findFirst().orElse(null);
      out.add(Check.of("outline \"" + s.name() + "\"", s.contourPx().size() + " vertices",
          bad == null ? "all inside" : "vertex " + Figures.point(bad.xPx(), bad.yPx()) + " outside", bad == null, basis));
    }
    return out;
  }

  private static Check inside(String key, double x, double y, Frame frame, String basis) {
    boolean in = frame.contains(x, y);
    return Check.of(key, Figures.point(x, y), in ? "inside" : "outside", in, basis);
  }
}
