package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.UltrasoundRegion;

/**
 * The ultrasound in-plane planner: target at the deepest point of the pocket (unless given),
 * entry on the skin line at or beyond the transducer's edge by {@link EntryOptimiser} (unless
 * given), then deposition, dose and warnings. A given target or entry is kept and only checked.
 */
public final class UsPlanner {
  /** Vertices kept per outline in the plan (capsule, structures to avoid). */
  static final int OUTLINE_VERTICES = 200;
  private final NeedleCatalogue catalogue;

  public UsPlanner(NeedleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Plans on one frame.
   *
   * @throws IllegalArgumentException when no acceptable path exists, or a given entry is steeper
   *     than {@link ClinicalFigures#IN_PLANE_REFUSE_ANGLE_DEG}
   */
  public PlanningResult plan(ScanReference scan, int frame, Calibration cal, UsRequest req) {
    double[] box = imageBox(cal, req.capsule());
    PixelPoint target = req.target() != null ? req.target() : DeepestPoint.of(req.capsule(), scaleAt(cal, req));
    PixelScale scale = PixelScale.at(cal, target.xPx(), target.yPx());
    List<Obstacle.Clearance> obstacles = obstacles(req, scale);
    int gauge = req.preset().gauge();
    double maxPathMm = catalogue.needles().stream().filter(n -> n.gauge() == gauge)
        .mapToDouble(NeedleType::lengthMm).max().orElse(0) - ClinicalFigures.NEEDLE_SPARE_MM;
    InPlanePath path = req.entry() != null
        ? new InPlanePath(new PixelPoint(req.entry().xPx(), req.entry().yPx()), target, box[0], box[2], scale)
        : EntryOptimiser.solve(problem(target, box, scale, req, maxPathMm, obstacles), req.side())
            .orElseThrow(() -> new IllegalArgumentException(refusal(target, box, scale, req, maxPathMm, obstacles)));
    if (path.angleDeg() > ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "entry angle %.1f deg is above %.0f deg: the"
          + " needle would not be visible in-plane (%s)", path.angleDeg(), ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG,
          ClinicalFigures.NEEDLE_VISIBILITY_SOURCE));
    }
    NeedleType needle = scale.calibrated() ? catalogue.choose(gauge, path.lengthMm())
        : catalogue.choose(gauge, 0);
    Deposition dep = Deposition.of(target, req.volumeOrDefaultMl(), req.capsule(), scale, needle);
    DoseFigures dose = new DoseFigures(req.cells(), req.viability(), dep.volumeMl(), dep.deadSpaceMl(),
        scale.calibrated() ? dep.fractionInCapsule() : 0);
    List<String> warnings = new ArrayList<>();
    cal.implausibility().ifPresent(warnings::add);
    warnings.addAll(new UsWarnings(req, path, obstacles, dep).list());
    return new PlanningResult(toPlan(scan, frame, cal, req, path, obstacles, needle, dep, dose, warnings), path,
        dep, dose, needle);
  }

  private static EntryProblem problem(PixelPoint target, double[] box, PixelScale scale, UsRequest req,
      double maxPathMm, List<Obstacle.Clearance> obstacles) {
    return new EntryProblem(target, box[1], box[0], box[2], scale, req.params().maxAngleDeg(),
        scale.calibrated() ? maxPathMm : 1e9, obstacles);
  }

  /**
   * Why no path exists, led by its cause: the structures to avoid, named where they block every
   * path; or, when no path exists even without any structure, the needle's length (with the length
   * of the best path and the millimetres per pixel, which a placeholder calibration inflates) or the
   * angle within the image region.
   */
  static String refusal(PixelPoint target, double[] box, PixelScale scale, UsRequest req, double maxPathMm,
      List<Obstacle.Clearance> obstacles) {
    double maxAngle = req.params().maxAngleDeg();
    if (EntryOptimiser.solve(problem(target, box, scale, req, maxPathMm, List.of()), req.side()).isPresent()) {
      return String.format(Locale.ROOT,
          "no in-plane path at <= %.1f deg clears the structures to avoid (>= %.1f mm, bone >= %.1f mm)%s", maxAngle,
          req.params().minClearanceMm(), req.params().minBoneClearanceMm(),
          blockers(target, box, scale, req, maxPathMm, obstacles));
    }
    EntryProblem unlimited = new EntryProblem(target, box[1], box[0], box[2], scale, maxAngle, 1e9, List.of());
    return EntryOptimiser.solve(unlimited, req.side()).map(p -> String.format(Locale.ROOT,
        "no in-plane path at <= %.1f deg is short enough for a %d G needle, even without structures: the shortest is"
            + " %.1f mm to the target, the longest %d G needle reaches %.1f mm (its length less %.0f mm kept outside"
            + " the skin), at %.3f x %.3f mm per pixel", maxAngle, req.preset().gauge(), p.lengthMm(),
        req.preset().gauge(), maxPathMm, ClinicalFigures.NEEDLE_SPARE_MM, scale.mmPerPixelX(), scale.mmPerPixelY()))
        .orElse(String.format(Locale.ROOT, "no in-plane path at <= %.1f deg reaches the target from the skin line"
            + " within the image region, even without structures", maxAngle));
  }

  /** The structures without which a path would exist (each one alone, when none is), named. */
  static String blockers(PixelPoint target, double[] box, PixelScale scale, UsRequest req, double maxPathMm,
      List<Obstacle.Clearance> obstacles) {
    List<String> names = new ArrayList<>();
    for (Obstacle.Clearance c : obstacles) {
      List<Obstacle.Clearance> others = new ArrayList<>(obstacles);
      others.remove(c);
      if (EntryOptimiser.solve(problem(target, box, scale, req, maxPathMm, others), req.side()).isPresent()) {
        names.add(c.obstacle().name());
      }
    }
    if (names.isEmpty()) {
      for (Obstacle.Clearance c : obstacles) {
        if (EntryOptimiser.solve(problem(target, box, scale, req, maxPathMm, List.of(c)), req.side()).isEmpty()) {
          names.add(c.obstacle().name());
        }
      }
    }
    return names.isEmpty() ? ": they block it together" : ": blocked by " + String.join(", ", names);
  }

  private static PixelScale scaleAt(Calibration cal, UsRequest req) {
    if (!cal.isCalibrated()) {
      return PixelScale.pixels();
    }
    return new PixelScale(cal.mmPerPixelX(), cal.mmPerPixelY(), true);
  }

  /** {x0, skinY, x1} of the image region: the primary ultrasound region, else the whole frame. */
  static double[] imageBox(Calibration cal, Mask frame) {
    UltrasoundRegion r = cal.primaryRegion().orElse(null);
    if (r == null) {
      return new double[] {0, 0, frame.width()};
    }
    return new double[] {r.x0(), r.y0(), r.x1() + 1};
  }

  private static List<org.injectplan.plan.Structure> outlines(List<Obstacle.Clearance> obstacles) {
    List<org.injectplan.plan.Structure> out = new ArrayList<>();
    for (Obstacle.Clearance c : obstacles) {
      out.addAll(Outline.pieces(c.obstacle().name(), c.obstacle().mask(), OUTLINE_VERTICES));
    }
    return out;
  }

  static List<Obstacle.Clearance> obstacles(UsRequest req, PixelScale scale) {
    List<Obstacle.Clearance> out = new ArrayList<>();
    double k = scale.calibrated() ? 1 : 0;
    for (Map.Entry<String, Mask> e : new java.util.TreeMap<>(req.avoid()).entrySet()) {
      out.add(new Obstacle(e.getKey(), e.getValue(), k * req.params().minClearanceMm(), false).clearance(scale));
    }
    if (req.bone() != null) {
      out.add(new Obstacle(req.boneName(), req.bone(), k * req.params().minBoneClearanceMm(), true)
          .clearance(scale));
    }
    return out;
  }

  private static Plan toPlan(ScanReference scan, int frame, Calibration cal, UsRequest req, InPlanePath path,
      List<Obstacle.Clearance> obstacles, NeedleType needle, Deposition dep, DoseFigures doseFigures,
      List<String> warnings) {
    boolean mm = path.scale().calibrated();
    Obstacle.Clearance nearest = UsWarnings.nearestAvoid(path, obstacles);
    double clearance = nearest == null ? path.lengthMm() : UsWarnings.clearanceMm(path, nearest);
    String side = path.fromLeft() ? "from the image's left" : "from the image's right";
    org.injectplan.plan.Deposition d = PlanFigures.deposition(dep, mm, path.scale(), req.preset().volumeSource());
    org.injectplan.plan.Dose dose = PlanFigures.dose(doseFigures);
    return new Plan(scan, frame, PlanCalibration.of(cal), path.target(), path.entry(), req.preset().key(),
        req.preset().approach() + ", " + side, path.angleDeg(), "transducer face (skin line)",
        mm ? path.depthMm() : null, mm ? path.lengthMm() : null, mm ? clearance : null,
        nearest == null ? null : nearest.obstacle().name(),
        new org.injectplan.plan.Needle(needle.gauge(), needle.lengthMm()), d, dose, warnings,
        Outline.of("capsule", req.capsule(), OUTLINE_VERTICES), outlines(obstacles), PlanJson.VERSION, true, null);
  }
}
