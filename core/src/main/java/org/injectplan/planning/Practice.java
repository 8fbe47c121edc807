package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.scan.Calibration;

/**
 * Scores a trainee's target and entry on a sample against its reference plan, with the
 * sample's capsule, structures to avoid and bone masks. On ultrasound the path runs from the
 * entry on the skin to the target; on fluoroscopy (coaxial) only the target point is checked: it
 * crosses a structure to avoid only when it lies inside it (a projection overlaps bone by nature,
 * and its clearances are not 3D distances), and the angle is not compared.
 */
public final class Practice {
  private Practice() {
  }

  /**
   * The kind of a sample's truth mask ({@code masks/<kind>-f00.png}) the target is scored against:
   * on ultrasound the capsule fluid; on fluoroscopy the joint region, the projection of the whole
   * joint cavity (where a needle tip inside the joint projects), not the joint space (the visible
   * lucent gap, which a curved joint shows only where it runs edge-on to the beam).
   */
  public static String sampleMaskKind(boolean ultrasound) {
    return ultrasound ? "capsule" : "joint-region";
  }

  public static PracticeScore score(Plan reference, Calibration cal, PixelPoint target, PixelPoint entry,
      Mask capsule, Map<String, Mask> avoid, Mask bone, boolean ultrasound) {
    if (!cal.isCalibrated()) {
      throw new IllegalArgumentException("practice needs a calibrated sample: errors are scored in millimetres");
    }
    PixelScale s = PixelScale.at(cal, target.xPx(), target.yPx());
    double targetErr = s.lengthMm(target.xPx() - reference.target().xPx(), target.yPx() - reference.target().yPx());
    JointPreset preset = reference.joint() == null ? JointPreset.CUSTOM : JointPreset.of(reference.joint());
    PlanParams params = PlanParams.of(preset);
    double angle = Double.NaN;
    double diff = Double.NaN;
    PixelPoint from = ultrasound ? entry : target;
    if (ultrasound) {
      double[] box = UsPlanner.imageBox(cal, capsule);
      InPlanePath p = new InPlanePath(entry, target, box[0], box[2], s);
      angle = p.angleDeg();
      diff = angle - reference.angleDeg();
    }
    List<String> crossed = new ArrayList<>();
    double minClear = Double.POSITIVE_INFINITY;
    // In a projection the target overlaps bone by nature and the clearance is not a 3D distance:
    // on fluoroscopy only a target inside a structure to avoid counts as crossing it.
    UsRequest req = ultrasound
        ? new UsRequest(preset, params, capsule, avoid, bone, target, entry, Side.EITHER, null, 1, 1)
        : new UsRequest(preset, new PlanParams(params.maxAngleDeg(), 0, 0), capsule, avoid, null, target, entry,
            Side.EITHER, null, 1, 1);
    for (Obstacle.Clearance c : UsPlanner.obstacles(req, s)) {
      double d = c.of(from.xPx(), from.yPx(), target.xPx(), target.yPx());
      if (!c.obstacle().impassable()) {
        minClear = Math.min(minClear, d);
      }
      if (d < c.obstacle().minClearanceMm() || d == 0) {
        crossed.add(c.obstacle().name());
      }
    }
    double r = Deposition.bolusRadiusMm(reference.deposition().volumeMl());
    double fraction = Deposition.fractionInside(capsule, target, r, s);
    double refFraction = Deposition.fractionInside(capsule, reference.target(), r, s);
    return PracticeScore.judge(targetErr, capsule.contains(target.xPx(), target.yPx()), angle, diff,
        params.maxAngleDeg(), minClear, crossed, fraction, refFraction);
  }
}
