package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.scan.Calibration;

/**
 * Down-the-beam planning on a fluoroscopy view: the target (given, or the deepest point of the
 * joint-space mask), the coaxial entry, the clearance in the image plane, and, with a second
 * view of the same target, its 3D position by {@link Triangulation}. Depth along the beam needs
 * a skin point on the beam's side ({@code skinMm}, patient coordinates relative to the
 * isocentre); without one, or on a single view, the depth is unknown and the plan says so.
 */
public final class FluoroPlanner {
  /** The warning of a single view, whose depth along the beam is unknown. */
  public static final String SINGLE_VIEW_WARNING = "single view: depth unknown (along the beam); confirm the depth"
      + " on a lateral view";

  private FluoroPlanner() {
  }

  /**
   * @param jointSpace the joint-space mask, or null when none was found (the target is then given
   *     and not checked against it)
   * @param view this view's C-arm geometry, or null (needed only with a second view)
   * @param second the second view and the target's pixel in it, or null for a single view
   * @param skinMm a skin point on the approach side, or null when unknown
   */
  public static FluoroPlan plan(Calibration cal, CArmView view, PixelPoint target, Mask jointSpace,
      String avoidName, Mask avoid, SecondView second,
      org.apache.commons.math3.geometry.euclidean.threed.Vector3D skinMm) {
    if (target == null && jointSpace == null) {
      throw new IllegalArgumentException("give a target or a joint-space mask");
    }
    PixelPoint t = target != null ? target : DeepestPoint.of(jointSpace, PixelScale.at(cal, 0, 0));
    PixelScale s = PixelScale.at(cal, t.xPx(), t.yPx());
    List<String> w = new ArrayList<>();
    if (!cal.isCalibrated()) {
      w.add("uncalibrated image: no millimetres; positions in pixels");
    } else if (cal.isAtDetector()) {
      w.add("calibration only at the detector (Imager Pixel Spacing, no magnification correction): millimetres"
          + " overstate sizes in the patient");
    }
    boolean inJoint = jointSpace != null && jointSpace.contains(t.xPx(), t.yPx());
    if (jointSpace == null) {
      w.add("no joint space found or given: the target is not checked against it");
    } else if (!inJoint) {
      w.add("target outside the joint space");
    }
    double clearance = new Obstacle(avoidName, avoid, 0, false).clearance(s).of(t.xPx(), t.yPx(), t.xPx(), t.yPx());
    if (clearance < ClinicalFigures.MIN_CLEARANCE_MM) {
      w.add(String.format(Locale.ROOT, "target projects %.1f %s from the %s (in the image plane)", clearance,
          s.calibrated() ? "mm" : "px", avoidName));
    }
    Optional<Triangulation> tri = Optional.empty();
    Optional<Double> depth = Optional.empty();
    if (second != null) {
      if (view == null) {
        throw new IllegalArgumentException("triangulation needs the C-arm geometry of both views (positioner"
            + " angles, SID, SOD, Imager Pixel Spacing)");
      }
      Triangulation tr = Triangulation.of(view, new double[] {t.xPx(), t.yPx()}, second.view(),
          new double[] {second.targetPx().xPx(), second.targetPx().yPx()});
      tri = Optional.of(tr);
      if (skinMm != null) {
        depth = Optional.of(tr.depthAlongBeamMm(view, skinMm));
      }
    }
    if (depth.isEmpty()) {
      w.add(second == null ? SINGLE_VIEW_WARNING
          : "depth along the beam unknown: no skin point given in the second view");
    }
    return new FluoroPlan(t, t, 0, inJoint, clearance, avoidName, tri, depth, w);
  }

  /** A second view of the same target. */
  public record SecondView(CArmView view, PixelPoint targetPx) {
  }
}
