package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.segment.structures.StructureFinder;

/** The warnings of an ultrasound plan, in the order the report lists them. */
final class UsWarnings {
  private final UsRequest req;
  private final InPlanePath path;
  private final List<Obstacle.Clearance> obstacles;
  private final Deposition dep;

  UsWarnings(UsRequest req, InPlanePath path, List<Obstacle.Clearance> obstacles, Deposition dep) {
    this.req = req;
    this.path = path;
    this.obstacles = obstacles;
    this.dep = dep;
  }

  List<String> list() {
    List<String> w = new ArrayList<>();
    boolean mm = path.scale().calibrated();
    if (!mm) {
      w.add("uncalibrated image: no millimetres; positions in pixels, clearance only checked for crossing");
    }
    if (!req.capsule().contains(path.target().xPx(), path.target().yPx())) {
      w.add("target outside the capsule");
    }
    if (path.angleDeg() > ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG + PracticeScore.ANGLE_TOLERANCE_DEG) {
      w.add(f("steep angle %.1f deg: in-plane needle visibility falls above %.0f deg (%s)", path.angleDeg(),
          ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG, ClinicalFigures.NEEDLE_VISIBILITY_SOURCE));
    }
    for (Obstacle.Clearance c : obstacles) {
      double d = clearanceMm(path, c);
      String unit = mm ? "mm" : "px";
      if (d < c.obstacle().minClearanceMm() || d == 0) {
        w.add(f("path through or too near the %s: %.1f %s (minimum %.1f %s)", c.obstacle().name(), d, unit,
            c.obstacle().minClearanceMm(), unit));
      } else if (mm && !c.obstacle().impassable() && d < ClinicalFigures.WARN_CLEARANCE_MM) {
        w.add(f("path passes %.1f mm from the %s", d, c.obstacle().name()));
      }
    }
    for (Obstacle.Clearance c : obstacles) {
      if (c.obstacle().name().endsWith("(" + StructureFinder.FOUND_MARK + ")")) {
        w.add(c.obstacle().name() + ": not given; check it on the image");
      }
    }
    if (obstacles.isEmpty()) {
      w.add("no structure to avoid was given: clearance not checked");
    }
    if (path.outsideLengthMm() > 0) {
      w.add(f("%.1f %s of the path lies beyond the image edge (under the skin past the transducer): not imaged",
          path.outsideLengthMm(), mm ? "mm" : "px"));
    }
    depositionWarnings(w, mm);
    return w;
  }

  private void depositionWarnings(List<String> w, boolean mm) {
    JointPreset p = req.preset();
    if (dep.volumeMl() < p.volumeMinMl() || dep.volumeMl() > p.volumeMaxMl()) {
      w.add(f("volume %.2f mL outside the %s range %.1f-%.1f mL (%s)", dep.volumeMl(), p.key(), p.volumeMinMl(),
          p.volumeMaxMl(), p.volumeSource()));
    }
    if (p.hasCapacity() && dep.volumeMl() > p.capacityMl()) {
      w.add(f("overfill: %.2f mL exceeds the %s capacity of %.1f mL (%s)", dep.volumeMl(), p.key(), p.capacityMl(),
          p.volumeSource()));
    }
    if (mm && dep.overfillsPocket()) {
      w.add(f("overfill: %.2f mL exceeds the visible pocket of about %.2f mL (spheroid model): expect spread beyond"
          + " the visible fluid", dep.volumeMl(), dep.pocketVolumeMl()));
    }
    if (dep.points().size() > 1) {
      w.add(f("long recess: split the volume over %d deposition points", dep.points().size()));
    }
  }

  static double clearanceMm(InPlanePath p, Obstacle.Clearance c) {
    return c.of(p.entry().xPx(), p.entry().yPx(), p.target().xPx(), p.target().yPx());
  }

  /** The structure to avoid (not bone) nearest the path, or bone when there is none, or null. */
  static Obstacle.Clearance nearestAvoid(InPlanePath p, List<Obstacle.Clearance> obstacles) {
    Obstacle.Clearance best = null;
    for (Obstacle.Clearance c : obstacles) {
      boolean better = best == null || (best.obstacle().impassable() && !c.obstacle().impassable())
          || (best.obstacle().impassable() == c.obstacle().impassable() && clearanceMm(p, c) < clearanceMm(p, best));
      if (better) {
        best = c;
      }
    }
    return best;
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
