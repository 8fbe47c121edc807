package org.injectplan.plugin;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.injectplan.plan.Plan;
import org.injectplan.planning.PlanningResult;

/**
 * A plan's figures as one row of the Results table, every heading with its unit, and the
 * calibration the millimetres rest on. An uncalibrated plan has no millimetre columns: its
 * figures are in pixels and degrees only. A macro reads them with, e.g.,
 * {@code getResult("Depth (mm)", 0)}.
 */
final class PlanTable {
  private PlanTable() {
  }

  static ResultsTable of(ImagePlus imp, PlanningResult r) {
    Plan p = r.plan();
    ResultsTable rt = ResultsTable.getResultsTable();
    rt.reset();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Frame", p.frame());
    rt.addValue("Joint", p.joint() == null ? "" : p.joint());
    rt.addValue("Angle (deg)", p.angleDeg());
    if (p.calibration().isCalibrated()) {
      rt.addValue("Depth (mm)", p.depthMm());
      rt.addValue("Path length (mm)", p.pathLengthMm());
      rt.addValue("Clearance (mm)", p.minClearanceMm());
    }
    rt.addValue("Nearest structure", p.avoid() == null ? "none" : p.avoid());
    rt.addValue("Needle", p.needle().gauge() + "G " + Math.round(p.needle().lengthMm()) + " mm");
    rt.addValue("Volume (mL)", p.deposition().volumeMl());
    if (p.deposition().bolusRadiusMm() != null) {
      rt.addValue("Bolus radius (mm)", p.deposition().bolusRadiusMm());
      rt.addValue("Fraction in capsule", p.deposition().fractionInCapsule());
    }
    rt.addValue("Cells", p.dose() == null ? Double.NaN : p.dose().cells());
    rt.addValue("Cells to capsule", r.dose().toCapsule());
    rt.addValue("Target X (px)", p.target().xPx());
    rt.addValue("Target Y (px)", p.target().yPx());
    rt.addValue("Entry X (px)", p.entry().xPx());
    rt.addValue("Entry Y (px)", p.entry().yPx());
    rt.addValue("Calibration", p.calibration().source() + ": " + p.calibration().describe());
    rt.addValue("Warnings", String.join("; ", p.warnings()));
    return rt;
  }
}
