package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.image.Mask;
import org.injectplan.plan.Needle;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Triangulated;
import org.injectplan.scan.Calibration;

/**
 * A fluoroscopy plan in the plan contract: {@link FluoroPlanner}'s down-the-beam geometry, then
 * needle, deposition, dose and warnings. A single view has no depth: the plan says
 * {@code depthKnown: false} with {@code depthMm} and {@code pathLengthMm} null, and the needle is
 * the preset's. With a second view the target is triangulated (3D target, error in mm); with the
 * skin seen in the second view the depth along the beam follows, and the path is that depth
 * (coaxial). Several structures to avoid are checked together; the nearest names the clearance.
 */
public final class FluoroPlanning {
  /** A fluoroscopy plan and the figures behind it. */
  public record Result(Plan plan, FluoroPlan geometry, Deposition deposition, DoseFigures dose, NeedleType needle) {
  }

  private final NeedleCatalogue catalogue;

  public FluoroPlanning(NeedleCatalogue catalogue) {
    if (catalogue == null) {
      throw new IllegalArgumentException("catalogue must not be null");
    }
    this.catalogue = catalogue;
  }

  /**
   * Plans down the beam on one frame.
   *
   * @throws IllegalArgumentException when the target lies outside every calibrated region, or the
   *     two views are too close in angle to triangulate
   */
  public Result plan(ScanReference scan, int frame, Calibration cal, FluoroRequest req) {
    PixelPoint t = req.target();
    PixelScale scale = PixelScale.at(cal, t.xPx(), t.yPx());
    Nearest nearest = nearestToAvoid(req.avoid(), scale, t);
    String avoidName = nearest == null ? null : nearest.name();
    Mask avoid = nearest == null ? null : nearest.mask();
    FluoroPlan g = geometry(cal, req, avoid == null ? "structure" : avoidName,
        avoid == null ? Mask.empty(1, 1) : avoid);
    boolean mm = scale.calibrated();
    Double depth = mm ? g.depthAlongBeamMm().orElse(null) : null;
    if (depth != null && depth <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the skin point lies %.1f mm beyond the target"
          + " along the beam: give the skin on the approach side", -depth));
    }
    List<String> warnings = new ArrayList<>();
    cal.implausibility().ifPresent(warnings::add);
    warnings.addAll(g.warnings());
    skinNote(req.second(), depth != null, warnings);
    NeedleType needle = needle(req.preset(), depth, warnings);
    Deposition dep = deposition(req, scale, needle, warnings);
    DoseFigures dose = new DoseFigures(req.cells(), req.viability(), dep.volumeMl(), dep.deadSpaceMl(),
        mm ? dep.fractionInCapsule() : 0);
    volumeWarnings(req.preset(), dep, warnings);
    if (avoid == null) {
      warnings.add("no structure to avoid was given: clearance not checked");
    }
    Plan plan = new Plan(scan, frame, PlanCalibration.of(cal), t, g.entry(), req.preset().key(), approach(req.preset()),
        0, "beam (coaxial)", depth, depth, mm && avoid != null ? g.clearanceMm() : null, avoidName,
        new Needle(needle.gauge(), needle.lengthMm()),
        PlanFigures.deposition(dep, mm, scale, req.preset().volumeSource()), PlanFigures.dose(dose), warnings,
        req.jointSpace() == null ? null : Outline.of("joint space", req.jointSpace(), UsPlanner.OUTLINE_VERTICES),
        Outline.all(req.avoid(), UsPlanner.OUTLINE_VERTICES), PlanJson.VERSION, depth != null, triangulated(g, req));
    return new Result(plan, g, dep, dose, needle);
  }

  /** The structure to avoid that lies nearest the target, and its name. */
  private record Nearest(String name, Mask mask) {
  }

  /** The structure nearest the target (the first by name on a tie), or null when none is given. */
  private static Nearest nearestToAvoid(Map<String, Mask> avoid, PixelScale scale, PixelPoint t) {
    Nearest best = null;
    double nearest = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, Mask> e : new TreeMap<>(avoid).entrySet()) {
      double c = new Obstacle(e.getKey(), e.getValue(), 0, false).clearance(scale).of(t.xPx(), t.yPx(), t.xPx(),
          t.yPx());
      if (best == null || c < nearest) {
        best = new Nearest(e.getKey(), e.getValue());
        nearest = c;
      }
    }
    return best;
  }

  /** {@link FluoroPlanner}'s geometry, with the second view and the skin seen in it when given. */
  private static FluoroPlan geometry(Calibration cal, FluoroRequest req, String avoidName, Mask avoid) {
    PixelPoint t = req.target();
    FluoroPlanner.SecondView second = null;
    Vector3D skin = null;
    if (req.second() != null) {
      FluoroRequest.Second s = req.second();
      second = new FluoroPlanner.SecondView(s.view(), s.targetPx());
      if (s.skinPx() != null) {
        skin = Triangulation.nearestOnFirstRay(req.view(), new double[] {t.xPx(), t.yPx()}, s.view(),
            new double[] {s.skinPx().xPx(), s.skinPx().yPx()});
      }
    }
    return FluoroPlanner.plan(cal, req.view(), t, req.jointSpace(), avoidName, avoid, second, skin);
  }

  /** The plan's record of the triangulated target, or null with a single view. */
  private static Triangulated triangulated(FluoroPlan g, FluoroRequest req) {
    return g.triangulation().map(tr -> new Triangulated(req.second().scan(), req.second().targetPx(),
        List.of(tr.targetMm().getX(), tr.targetMm().getY(), tr.targetMm().getZ()), tr.rayGapMm(),
        tr.reprojectionErrorPx())).orElse(null);
  }

  /**
   * The second view's skin note: where the skin came from when the depth is known; why there is
   * none when none was found (in place of the planner's "no skin point given"); nothing more when
   * a skin was found but the depth is unknown for another reason (an uncalibrated frame).
   */
  private static void skinNote(FluoroRequest.Second s, boolean depthKnown, List<String> warnings) {
    if (s == null || s.skinNote() == null) {
      return;
    }
    if (s.skinPx() == null) {
      warnings.removeIf(w -> w.startsWith("depth along the beam unknown"));
      warnings.add("depth along the beam unknown: " + s.skinNote());
    } else if (depthKnown) {
      warnings.add("depth along the beam from " + s.skinNote());
    }
  }

  static String approach(JointPreset p) {
    return p.fluoroscopic() ? p.approach() : "coaxial (down-the-beam), " + p.key();
  }

  private NeedleType needle(JointPreset preset, Double depthMm, List<String> warnings) {
    if (depthMm != null) {
      return catalogue.choose(preset.gauge(), depthMm);
    }
    warnings.add(String.format(Locale.ROOT, "needle length from the %s preset (%.0f mm): the depth is unknown",
        preset.key(), preset.needleLengthMm()));
    return catalogue.choose(preset.gauge(), Math.max(0, preset.needleLengthMm() - ClinicalFigures.NEEDLE_SPARE_MM));
  }

  private static Deposition deposition(FluoroRequest req, PixelScale scale, NeedleType needle, List<String> w) {
    double volume = req.volumeOrDefaultMl();
    if (req.jointSpace() == null || req.jointSpace().isEmpty()) {
      return new Deposition(volume, Deposition.bolusRadiusMm(volume), 0, needle.hubDeadSpaceMl(), Double.NaN,
          List.of(req.target()));
    }
    Deposition d = Deposition.of(req.target(), volume, req.jointSpace(), scale, needle);
    if (scale.calibrated()) {
      w.add("bolus fraction in the joint space measured in the projection (prism model over the image plane)");
    }
    return new Deposition(d.volumeMl(), d.bolusRadiusMm(), d.fractionInCapsule(), d.deadSpaceMl(), d.pocketVolumeMl(),
        List.of(req.target()));
  }

  private static void volumeWarnings(JointPreset p, Deposition dep, List<String> w) {
    if (dep.volumeMl() < p.volumeMinMl() || dep.volumeMl() > p.volumeMaxMl()) {
      w.add(String.format(Locale.ROOT, "volume %.2f mL outside the %s range %.1f-%.1f mL (%s)", dep.volumeMl(),
          p.key(), p.volumeMinMl(), p.volumeMaxMl(), p.volumeSource()));
    }
    if (p.hasCapacity() && dep.volumeMl() > p.capacityMl()) {
      w.add(String.format(Locale.ROOT, "overfill: %.2f mL exceeds the %s capacity of %.1f mL (%s)", dep.volumeMl(),
          p.key(), p.capacityMl(), p.volumeSource()));
    }
  }
}
