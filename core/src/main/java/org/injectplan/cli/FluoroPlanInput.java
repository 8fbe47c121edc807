package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.BinaryMask;
import org.injectplan.planning.CArmView;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.FluoroRequest;
import org.injectplan.planning.FluoroTarget;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.JointSpaceDetector;
import org.injectplan.segment.JointSpaceParams;
import org.injectplan.segment.SkinLine;

/**
 * The fluoroscopy side of {@code plan}: the target and the joint-space mask ({@link FluoroTarget}:
 * given with {@code --target} and {@code --capsule}, else the joint-space detector's, around
 * {@code --seed} when given), and the second view of a biplane pair ({@code --lateral}) with the target
 * in it (given, else the detector's candidate nearest the first target's epipolar line) and the
 * skin on the approach side seen in it (given, else found along the first target's ray:
 * {@link SkinLine}), for the depth along the beam.
 */
final class FluoroPlanInput {
  /** Presets whose needle comes from the posterior (the patient prone): the spine's. Others: anterior. */
  static final java.util.Set<String> APPROACH_POSTERIOR = java.util.Set.of("facet");
  private FluoroPlanInput() {
  }

  /** The target (given, else the detector's) and the joint space (given, else the detector's); no target is bad input. */
  static FluoroTarget targetAndJointSpace(Scan scan, int frame, PixelPoint target, PixelPoint seed, BinaryMask given)
      throws Exception {
    FluoroTarget t = FluoroTarget.choose(scan.frame(frame), scan.calibration(), frame, target, seed, given);
    if (!t.hasTarget()) {
      throw new BadInputException(scan.file().toString(), "no joint space found (" + t.reason()
          + "): give --target X,Y or --seed X,Y");
    }
    return t;
  }

  /** The second view, or null without {@code --lateral}. */
  static FluoroRequest.Second second(Path lateral, CArmView view, PixelPoint target, PixelPoint lateralTarget,
      PixelPoint lateralSkin, boolean posterior) throws Exception {
    if (lateral == null) {
      if (lateralTarget != null || lateralSkin != null) {
        throw new BadInputException("--lateral-target", "give the second view with --lateral OTHER.dcm");
      }
      return null;
    }
    try (Scan other = ScanLoader.open(lateral)) {
      if (!other.isFluoroscopy()) {
        throw new BadInputException(lateral.toString(), "the second view is not fluoroscopy (" + other.modality()
            + ")");
      }
      CArmView ov = CArmView.of(other.header(), other.columns(), other.rows()).orElseThrow(() ->
          new BadInputException(lateral.toString(), "no C-arm geometry in the header (positioner angles, SID, SOD,"
              + " Imager Pixel Spacing): cannot triangulate"));
      if (view == null) {
        throw new BadInputException("--lateral", "the planned scan's header lacks the C-arm geometry: cannot"
            + " triangulate");
      }
      PixelPoint t2 = lateralTarget != null ? lateralTarget : epipolarCandidate(other, ov, view, target);
      if (lateralSkin != null) {
        return new FluoroRequest.Second(PlanCommand.reference(other), ov, t2, lateralSkin, String.format(Locale.ROOT,
            "the skin given in the second view (--lateral-skin %.1f,%.1f)", lateralSkin.xPx(), lateralSkin.yPx()));
      }
      double[][] line = approachLine(ov, view, target, posterior);
      SkinLine.Result skin = SkinLine.find(other.frame(0), line[0], line[1]);
      if (!skin.found()) {
        return new FluoroRequest.Second(PlanCommand.reference(other), ov, t2, null, "no skin found in the second"
            + " view (" + skin.reason() + "): give --lateral-skin X,Y");
      }
      return new FluoroRequest.Second(PlanCommand.reference(other), ov, t2, new PixelPoint(skin.xPx(), skin.yPx()),
          String.format(Locale.ROOT, "the skin found in the second view at (%.1f, %.1f) px (the outermost tissue/air"
              + " boundary on the %s side of the target's ray; --lateral-skin X,Y overrides)", skin.xPx(), skin.yPx(),
              posterior ? "posterior" : "anterior"));
    }
  }

  /**
   * The first view's target ray as the second view sees it: {start, toward}, pixels, from the
   * ray's point nearest the isocentre towards the approach side (posterior, larger patient y, or
   * anterior).
   */
  static double[][] approachLine(CArmView second, CArmView first, PixelPoint target, boolean posterior) {
    var src = first.source();
    var dir = first.ray(target.xPx(), target.yPx());
    double mid = -src.dotProduct(dir);
    double step = (dir.getY() > 0) == posterior ? 50 : -50;
    return new double[][] {second.project(src.add(dir.scalarMultiply(mid))),
        second.project(src.add(dir.scalarMultiply(mid + step)))};
  }

  /** The detector's candidate in the second view nearest the first target's ray, projected. */
  private static PixelPoint epipolarCandidate(Scan other, CArmView ov, CArmView view, PixelPoint target)
      throws Exception {
    JointSpaceDetector.Result r = new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(other.frame(0),
        other.calibration(), 0, Optional.empty());
    if (r.targetsPx().isEmpty()) {
      throw new BadInputException(other.file().toString(), "no joint space found in the second view ("
          + r.outcome().reason() + "): give --lateral-target X,Y");
    }
    var src = view.source();
    var dir = view.ray(target.xPx(), target.yPx());
    double[] a = ov.project(src.add(dir.scalarMultiply(view.sodMm() * 0.8)));
    double[] b = ov.project(src.add(dir.scalarMultiply(view.sodMm() * 1.2)));
    PixelPoint best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (double[] c : r.targetsPx()) {
      double d = Math.abs((b[0] - a[0]) * (a[1] - c[1]) - (a[0] - c[0]) * (b[1] - a[1])) / Math.hypot(b[0] - a[0],
          b[1] - a[1]);
      if (d < bestD) {
        bestD = d;
        best = new PixelPoint(c[0], c[1]);
      }
    }
    return best;
  }

  static FluoroRequest request(Scan scan, PlanCommand c, Map<String, BinaryMask> avoid) throws Exception {
    CArmView view = CArmView.of(scan.header(), scan.columns(), scan.rows()).orElse(null);
    BinaryMask given = c.capsule == null ? null : PlanCommand.mask(c.capsule, scan);
    FluoroTarget tj = targetAndJointSpace(scan, c.frame, c.target, c.seed, given);
    FluoroRequest.Second second = second(c.lateral, view, tj.target(), c.lateralTarget, c.lateralSkin,
        APPROACH_POSTERIOR.contains(c.joint));
    return new FluoroRequest(org.injectplan.planning.JointPreset.of(c.joint), view, tj.target(), tj.jointSpace(),
        avoid, second, c.volumeMl, c.cells, c.viability);
  }

  static void summary(FluoroPlanning.Result r, PrintWriter o) {
    var p = r.plan();
    boolean mm = p.calibration().isCalibrated();
    o.printf(Locale.ROOT, "target (%.1f, %.1f) px, entry its skin projection (down the beam), %s%n", p.target().xPx(),
        p.target().yPx(), p.approach());
    o.printf(Locale.ROOT, "depth along the beam %s; clearance in the image plane %s%n",
        p.depthMm() != null ? String.format(Locale.ROOT, "%.1f mm", p.depthMm())
            : (p.triangulation() == null ? "unknown (single view)" : "unknown (no skin point in the second view)"),
        p.minClearanceMm() == null ? "not measured" : String.format(Locale.ROOT, "%.1f mm to the %s",
            p.minClearanceMm(), p.avoid()));
    if (p.triangulation() != null) {
      List<Double> m = p.triangulation().targetMm();
      o.printf(Locale.ROOT, "triangulated target (%.1f, %.1f, %.1f) mm from the isocentre (LPS), error %.2f mm,"
          + " reprojection %.2f px%n", m.get(0), m.get(1), m.get(2), p.triangulation().errorMm(),
          p.triangulation().reprojectionErrorPx());
    }
    o.printf(Locale.ROOT, "needle %dG %.0f mm; volume %.2f mL%s%n", r.needle().gauge(), r.needle().lengthMm(),
        r.deposition().volumeMl(), mm ? String.format(Locale.ROOT, ", fraction in the joint space %.2f",
            p.deposition().fractionInCapsule()) : "");
    o.printf(Locale.ROOT, "cells %.3g, to the joint %.3g; intravenous comparison: %.3g-%.3g past the lungs (%s)%n",
        r.dose().cells(), r.dose().toCapsule(), r.dose().intravenousPastLungsLow(),
        r.dose().intravenousPastLungsHigh(), p.dose().intravenous().label());
    p.warnings().forEach(w -> o.println("warning: " + w));
    o.flush();
  }
}
