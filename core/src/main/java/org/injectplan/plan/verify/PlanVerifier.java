package org.injectplan.plan.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Provenance;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.Scan;

/**
 * Verifies a plan: its figures derived again from its geometry and calibration
 * ({@link GeometryChecks}, {@link DepositionChecks}, {@link DoseChecks}) and, with its scan, its
 * identity and calibration against the scan's ({@link ScanChecks}).
 */
public final class PlanVerifier {
  private PlanVerifier() {
  }

  /** Without the scan: the figures against the plan's own geometry and calibration. */
  public static Verification verify(Plan plan) {
    Provenance p = plan.provenance();
    Frame frame = p == null ? Frame.DICOM_LIMIT
        : new Frame(p.frameColumns(), p.frameRows(), "the plan's provenance");
    return new Verification(figures(plan, plan.calibration().mmPerPixelX(), plan.calibration().mmPerPixelY(),
        frame), false);
  }

  /** With the scan: also its UIDs, frames and calibration, and the frame's extent from its rows and columns. */
  public static Verification verify(Plan plan, Scan scan) throws IOException {
    List<Check> out = new ArrayList<>(new ScanChecks(plan, scan).all());
    Frame frame = new Frame(scan.columns(), scan.rows(), "the scan");
    double sx = nz(plan.calibration().mmPerPixelX());
    double sy = nz(plan.calibration().mmPerPixelY());
    Calibration c = scan.calibration();
    if (c.isCalibrated() && plan.calibration().isCalibrated()) {
      var at = c.spacingAt(plan.target().xPx(), plan.target().yPx());
      if (at.isPresent()) {
        sx = at.get().mmPerPixelX();
        sy = at.get().mmPerPixelY();
      }
    }
    out.addAll(figures(plan, sx, sy, frame));
    return new Verification(out, true);
  }

  private static List<Check> figures(Plan plan, Double sx, Double sy, Frame frame) {
    double x = nz(sx);
    double y = nz(sy);
    GeometryChecks geometry = new GeometryChecks(plan, x, y);
    List<Check> out = new ArrayList<>(geometry.all(frame));
    if (geometry.points(frame).stream().allMatch(Check::holds)) {
      // Only points inside the frame are looked at pixel by pixel (the fraction in the capsule).
      out.addAll(new DepositionChecks(plan, x, y).all());
    }
    out.addAll(new DoseChecks(plan).all());
    return out;
  }

  private static double nz(Double v) {
    return v == null ? 1 : v;
  }
}
