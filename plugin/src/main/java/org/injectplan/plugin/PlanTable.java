package org.injectplan.plugin;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.injectplan.plan.Plan;

/**
 * A plan's figures as one row of the Results table, every heading with its unit, and the
 * calibration the millimetres rest on. An uncalibrated plan has no millimetre columns: its
 * figures are in pixels and degrees only. A depth the plan does not know (one fluoroscopy view)
 * is the text {@value #DEPTH_UNKNOWN}, a clearance not measured {@value #NOT_MEASURED}. A macro
 * reads them with, e.g., {@code getResult("Depth (mm)", 0)} or {@code getResultString}.
 */
final class PlanTable {
  static final String DEPTH_UNKNOWN = "unknown (single view)";
  static final String NOT_MEASURED = "not measured";

  private PlanTable() {
  }

  static ResultsTable of(ImagePlus imp, Plan p) {
    ResultsTable rt = ResultsTable.getResultsTable();
    rt.reset();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Frame", p.frame());
    rt.addValue("Joint", p.joint() == null ? "" : p.joint());
    rt.addValue("Angle (deg)", p.angleDeg());
    rt.addValue("Angle to", p.angleReference());
    if (p.calibration().isCalibrated()) {
      String unknown = p.triangulation() == null ? DEPTH_UNKNOWN : "unknown (no skin point in the second view)";
      value(rt, "Depth (mm)", p.depthMm(), unknown);
      value(rt, "Path length (mm)", p.pathLengthMm(), unknown);
      value(rt, "Clearance (mm)", p.minClearanceMm(), NOT_MEASURED);
    }
    rt.addValue("Nearest structure", p.avoid() == null ? "none" : p.avoid());
    rt.addValue("Needle", p.needle().gauge() + "G " + Math.round(p.needle().lengthMm()) + " mm");
    rt.addValue("Volume (mL)", p.deposition().volumeMl());
    if (p.deposition().bolusRadiusMm() != null) {
      rt.addValue("Bolus radius (mm)", p.deposition().bolusRadiusMm());
      rt.addValue("Fraction in capsule", p.deposition().fractionInCapsule());
    }
    rt.addValue("Cells", p.dose() == null ? Double.NaN : p.dose().cells());
    rt.addValue("Cells to capsule", p.dose() == null || p.dose().toCapsule() == null ? Double.NaN
        : p.dose().toCapsule());
    rt.addValue("Target X (px)", p.target().xPx());
    rt.addValue("Target Y (px)", p.target().yPx());
    rt.addValue("Entry X (px)", p.entry().xPx());
    rt.addValue("Entry Y (px)", p.entry().yPx());
    rt.addValue("Calibration", p.calibration().source() + ": " + p.calibration().describe());
    rt.addValue("Warnings", String.join("; ", p.warnings()));
    return rt;
  }

  /** The figure, or the text saying why there is none. */
  private static void value(ResultsTable rt, String column, Double value, String none) {
    if (value != null) {
      rt.addValue(column, value);
    } else {
      rt.addValue(column, none);
    }
  }
}
