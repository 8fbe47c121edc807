package org.injectplan.report;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.Deposition;
import org.injectplan.plan.DepositionPoint;
import org.injectplan.plan.Plan;

/** The report's figures of the deposition points and the needle's dead space, when the plan has them. */
final class DepositionFigures {
  private DepositionFigures() {
  }

  static List<KeyFigure> of(Plan plan) {
    Deposition d = plan.deposition();
    List<KeyFigure> out = new ArrayList<>();
    if (!d.points().isEmpty()) {
      out.add(new KeyFigure("Deposition points", points(d.points()), d.points().size() > 1
          ? "long recess: the volume split evenly along its long axis; mm from the frame's top-left corner"
          : "all at the target; mm from the frame's top-left corner"));
    }
    if (d.deadSpaceMl() != null) {
      out.add(new KeyFigure("Lost in needle dead space", KeyFigures.fmt("%.2f mL", d.deadSpaceMl())
          + (d.deliveredMl() == null ? "" : KeyFigures.fmt(" (%.2f mL delivered)", d.deliveredMl())),
          "nominal hub dead space of the needle; check its instructions for use"));
    }
    return out;
  }

  private static String points(List<DepositionPoint> points) {
    StringBuilder s = new StringBuilder();
    for (DepositionPoint p : points) {
      s.append(s.length() == 0 ? "" : "; ");
      s.append(p.xMm() != null ? KeyFigures.fmt("(%.1f, %.1f) mm", p.xMm(), p.yMm())
          : KeyFigures.fmt("(%.0f, %.0f) px", p.xPx(), p.yPx()));
      s.append(KeyFigures.fmt(", %.2f mL", p.volumeMl()));
    }
    return s.toString();
  }
}
