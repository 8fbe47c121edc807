package org.injectplan.plan.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.plan.Deposition;
import org.injectplan.plan.DepositionPoint;
import org.injectplan.plan.Plan;

/**
 * The deposition's figures derived again: the bolus radius (a sphere of the volume, 1 mL =
 * 1000 mm^3), the share of it in the capsule (prism model on the capsule's outline), the points'
 * millimetres and shares of the volume, and the volume leaving the needle.
 */
final class DepositionChecks {
  private final Plan plan;
  private final double sx;
  private final double sy;
  private final boolean mm;

  DepositionChecks(Plan plan, double mmPerPixelX, double mmPerPixelY) {
    this.plan = plan;
    this.mm = plan.calibration().isCalibrated();
    this.sx = mmPerPixelX;
    this.sy = mmPerPixelY;
  }

  List<Check> all() {
    Deposition d = plan.deposition();
    List<Check> out = new ArrayList<>();
    double radius = Math.cbrt(3 * d.volumeMl() * 1000 / (4 * Math.PI));
    if (mm) {
      out.add(Check.of("deposition.bolusRadiusMm", Figures.of(d.bolusRadiusMm()), Figures.of(radius),
          d.bolusRadiusMm() != null && Tolerances.near(d.bolusRadiusMm(), radius, Tolerances.LENGTH_MM),
          "sphere of deposition.volumeMl, +/- " + Tolerances.LENGTH_MM + " mm"));
    }
    out.add(fraction(radius));
    out.addAll(points());
    if (d.deliveredMl() != null || d.deadSpaceMl() != null) {
      double dead = d.deadSpaceMl() == null ? 0 : d.deadSpaceMl();
      double delivered = d.volumeMl() - dead;
      out.add(Check.of("deposition.deliveredMl", Figures.of(d.deliveredMl()), Figures.of(delivered),
          d.deliveredMl() != null && Tolerances.near(d.deliveredMl(), delivered, Tolerances.VOLUME_ML),
          "volumeMl - deadSpaceMl, +/- " + Tolerances.VOLUME_ML + " mL"));
    }
    return out;
  }

  private Check fraction(double radiusMm) {
    String key = "deposition.fractionInCapsule";
    double stated = plan.deposition().fractionInCapsule();
    if (!mm) {
      return Check.of(key, Figures.of(stated), "0", stated == 0, "uncalibrated: no bolus in millimetres");
    }
    if (plan.capsule() == null) {
      return stated == 0 ? Check.of(key, "0", "0", true, "no capsule or joint space outlined")
          : Check.notChecked(key, Figures.of(stated), "the plan holds no capsule or joint-space outline");
    }
    double derived = Polygons.prismFraction(plan.capsule().contourPx(), plan.target(), radiusMm, sx, sy);
    if (Double.isNaN(derived)) {
      return Check.of(key, Figures.of(stated), "not derived", false, String.format(Locale.ROOT,
          "a bolus of %.3g mm over %d outline vertices is beyond what a plan can hold", radiusMm,
          plan.capsule().contourPx().size()));
    }
    return Check.of(key, Figures.of(stated), Figures.of(derived), Tolerances.near(stated, derived,
        Tolerances.FRACTION), "bolus sphere at the target over the capsule outline (prism model), +/- "
            + Tolerances.FRACTION);
  }

  private List<Check> points() {
    List<Check> out = new ArrayList<>();
    List<DepositionPoint> points = plan.deposition().points();
    if (points.isEmpty()) {
      return out;
    }
    double sum = 0;
    for (int i = 0; i < points.size(); i++) {
      DepositionPoint p = points.get(i);
      sum += p.volumeMl();
      String key = "deposition.points[" + i + "]";
      if (mm) {
        double x = p.xPx() * sx;
        double y = p.yPx() * sy;
        boolean holds = p.xMm() != null && Tolerances.near(p.xMm(), x, Tolerances.LENGTH_MM)
            && Tolerances.near(p.yMm(), y, Tolerances.LENGTH_MM);
        out.add(Check.of(key + ".xMm/yMm", p.xMm() == null ? "null" : Figures.point(p.xMm(), p.yMm()),
            Figures.point(x, y), holds, "pixels x mm/px, +/- " + Tolerances.LENGTH_MM + " mm"));
      } else {
        out.add(Check.of(key + ".xMm/yMm", p.xMm() == null ? "null" : Figures.point(p.xMm(), p.yMm()), "null",
            p.xMm() == null, "uncalibrated: no millimetres"));
      }
    }
    out.add(Check.of("deposition.points.volumeMl", Figures.of(sum) + " (sum)", Figures.of(plan.deposition()
        .volumeMl()), Tolerances.near(sum, plan.deposition().volumeMl(), Tolerances.VOLUME_ML * points.size()),
        String.format(Locale.ROOT, "the points' shares add up to deposition.volumeMl, +/- %.4f mL",
            Tolerances.VOLUME_ML * points.size())));
    return out;
  }
}
