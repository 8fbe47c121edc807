package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.DepositionPoint;
import org.injectplan.plan.IntravenousRange;
import org.injectplan.plan.PixelPoint;

/**
 * The plan contract's deposition and dose from the planner's figures: the deposition points
 * (pixels and millimetres), the dead-space loss, the cells delivered to the capsule and the
 * intravenous comparison as a quoted range with its source. Shared by the ultrasound and the
 * fluoroscopy planners.
 */
final class PlanFigures {
  /** How the intravenous range must be read. */
  static final String IV_LABEL = "quoted range from animal studies, not a measurement";

  private PlanFigures() {
  }

  /**
   * @param mm whether the scan is calibrated (bolus radius and fraction are then given)
   */
  static org.injectplan.plan.Deposition deposition(Deposition dep, boolean mm, PixelScale scale, String source) {
    List<DepositionPoint> points = new ArrayList<>();
    double share = dep.volumeMl() / dep.points().size();
    for (PixelPoint p : dep.points()) {
      points.add(new DepositionPoint(p.xPx(), p.yPx(), mm ? p.xPx() * scale.mmPerPixelX() : null,
          mm ? p.yPx() * scale.mmPerPixelY() : null, share));
    }
    return new org.injectplan.plan.Deposition(dep.volumeMl(), mm ? dep.bolusRadiusMm() : null,
        mm ? dep.fractionInCapsule() : 0, source, points, dep.deadSpaceMl(), dep.deliveredMl());
  }

  static org.injectplan.plan.Dose dose(DoseFigures d) {
    return new org.injectplan.plan.Dose(d.cells(), d.cellsPerMl(), ClinicalFigures.DOSE_SOURCE, d.viability(),
        d.viableDelivered(), d.lostInDeadSpace(), d.toCapsule(),
        new IntravenousRange(ClinicalFigures.IV_FIRST_PASS_LOW, ClinicalFigures.IV_FIRST_PASS_HIGH,
            d.intravenousPastLungsLow(), d.intravenousPastLungsHigh(), IV_LABEL, ClinicalFigures.IV_FIRST_PASS_SOURCE));
  }
}
