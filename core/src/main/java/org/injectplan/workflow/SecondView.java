package org.injectplan.workflow;

import java.util.Locale;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.CArmView;
import org.injectplan.planning.FluoroRequest;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;
import org.injectplan.segment.jointspace.SkinLine;

/**
 * The second view of a biplane pair as the planner takes it: the target in it (given, else the
 * joint-space detector's candidate nearest the first target's epipolar line) and the skin on the
 * approach side seen in it (given, else found along the first target's ray: {@link SkinLine}), for
 * the depth along the beam. Only the command line offers a second view; its hints name the
 * command line's options ({@code --lateral-target}, {@code --lateral-skin}), as they did there.
 */
final class SecondView {
  /** The second view, or its refusal. */
  record Resolved(FluoroRequest.Second second, Refusal refusal) {
  }

  private SecondView() {
  }

  static Resolved resolve(FluoroChoices c, CArmView view, PixelPoint target) throws BadScanException,
      java.io.IOException {
    try (Scan other = ScanLoader.open(c.lateral())) {
      String file = c.lateral().toString();
      if (!other.isFluoroscopy()) {
        return refused(file, "the second view is not fluoroscopy (" + other.modality() + ")");
      }
      Optional<CArmView> ov = CArmView.of(other.header(), other.columns(), other.rows());
      if (ov.isEmpty()) {
        return refused(file, "no C-arm geometry in the header (positioner angles, SID, SOD, Imager Pixel Spacing):"
            + " cannot triangulate");
      }
      if (view == null) {
        return refused("--lateral", "the planned scan's header lacks the C-arm geometry: cannot triangulate");
      }
      PixelPoint t2 = c.lateralTarget();
      if (t2 == null) {
        JointSpaceDetector.Result r = new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(other.frame(0),
            other.calibration(), 0, Optional.empty());
        if (r.targetsPx().isEmpty()) {
          return refused(other.file().toString(), "no joint space found in the second view ("
              + r.outcome().reason() + "): give --lateral-target X,Y");
        }
        t2 = epipolarCandidate(r, ov.get(), view, target);
      }
      return new Resolved(skin(c, other, ov.get(), view, target, t2), null);
    }
  }

  private static FluoroRequest.Second skin(FluoroChoices c, Scan other, CArmView ov, CArmView view, PixelPoint target,
      PixelPoint t2) throws BadScanException {
    PixelPoint given = c.lateralSkin();
    if (given != null) {
      return new FluoroRequest.Second(UsWorkflow.reference(other), ov, t2, given, String.format(Locale.ROOT,
          "the skin given in the second view (--lateral-skin %.1f,%.1f)", given.xPx(), given.yPx()));
    }
    double[][] line = approachLine(ov, view, target, c.posterior());
    SkinLine.Result skin = SkinLine.find(other.frame(0), line[0], line[1]);
    if (!skin.found()) {
      return new FluoroRequest.Second(UsWorkflow.reference(other), ov, t2, null, "no skin found in the second"
          + " view (" + skin.reason() + "): give --lateral-skin X,Y");
    }
    return new FluoroRequest.Second(UsWorkflow.reference(other), ov, t2, new PixelPoint(skin.xPx(), skin.yPx()),
        String.format(Locale.ROOT, "the skin found in the second view at (%.1f, %.1f) px (the outermost tissue/air"
            + " boundary on the %s side of the target's ray; --lateral-skin X,Y overrides)", skin.xPx(), skin.yPx(),
            c.posterior() ? "posterior" : "anterior"));
  }

  private static Resolved refused(String subject, String reason) {
    return new Resolved(null, new Refusal(Refusal.Why.SECOND_VIEW, subject, reason));
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

  /** The detector's candidate in the second view (at least one) nearest the first target's ray, projected. */
  private static PixelPoint epipolarCandidate(JointSpaceDetector.Result r, CArmView ov, CArmView view,
      PixelPoint target) {
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
}
