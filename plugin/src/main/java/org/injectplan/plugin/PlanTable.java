package org.injectplan.plugin;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.injectplan.plan.Plan;

/**
 * A plan's figures as one row of our {@value Tables#PLAN} table, every heading with its unit,
 * and the calibration the millimetres rest on, in words. Frames are numbered from 1, as ImageJ
 * numbers slices; cells are in millions, so that no figure is cut by the column's width. The
 * warnings are counted here and listed one per line in their own window. An uncalibrated plan has no millimetre columns: its
 * figures are in pixels and degrees only. A depth the plan does not know (one fluoroscopy view)
 * is the text {@value #DEPTH_UNKNOWN}, a clearance not measured {@value #NOT_MEASURED}. A macro
 * reads them with, e.g., {@code Table.get("Depth (mm)", 0, "Injection Plan")} or
 * {@code Table.getString} (headless: {@code getResult}).
 */
final class PlanTable {
  static final String DEPTH_UNKNOWN = "unknown (single view)";
  static final String NOT_MEASURED = "not measured";

  private PlanTable() {
  }

  /** Shows the plan's figures in the plan table and its warnings in their window. */
  static void show(ImagePlus imp, Plan p) {
    Tables.show(of(imp, p), Tables.PLAN);
    Tables.showWarnings(imp.getTitle(), p.warnings());
  }

  static ResultsTable of(ImagePlus imp, Plan p) {
    ResultsTable rt = Tables.create();
    rt.incrementCounter();
    rt.addLabel(imp.getTitle());
    rt.addValue("Frame", p.frame() + 1);
    rt.addValue("Joint", p.joint() == null ? "" : p.joint());
    rt.addValue("Angle (deg)", p.angleDeg());
    rt.addValue("Angle to", p.angleReference());
    if (p.calibration().isCalibrated()) {
      String unknown = p.triangulation() == null ? DEPTH_UNKNOWN : "unknown (no skin point in the second view)";
      value(rt, "Depth (mm)", p.depthMm(), unknown);
      value(rt, "Path length (mm)", p.pathLengthMm(), unknown);
      value(rt, "Clearance (mm)", p.minClearanceMm(), NOT_MEASURED);
    }
    java.util.List<String> crossed = org.injectplan.report.PathCrossings.crossedStructures(p);
    rt.addValue("Path", crossed.isEmpty() ? "clear" : "crosses " + String.join(", ", crossed));
    rt.addValue("Nearest structure", p.avoid() == null ? "none" : p.avoid());
    rt.addValue("Needle", p.needle().gauge() + "G " + Math.round(p.needle().lengthMm()) + " mm");
    rt.addValue("Volume (mL)", p.deposition().volumeMl());
    if (p.deposition().bolusRadiusMm() != null) {
      rt.addValue("Bolus radius (mm)", p.deposition().bolusRadiusMm());
      rt.addValue("Fraction in capsule", p.deposition().fractionInCapsule());
    }
    rt.addValue("Cells (millions)", p.dose() == null ? Double.NaN : p.dose().cells() / 1e6);
    rt.addValue("Cells to capsule (millions)", p.dose() == null || p.dose().toCapsule() == null ? Double.NaN
        : p.dose().toCapsule() / 1e6);
    rt.addValue("Target X (px)", p.target().xPx());
    rt.addValue("Target Y (px)", p.target().yPx());
    rt.addValue("Entry X (px)", p.entry().xPx());
    rt.addValue("Entry Y (px)", p.entry().yPx());
    rt.addValue("Calibration", p.calibration().describe() + (p.calibration().isCalibrated()
        ? String.format(java.util.Locale.ROOT, ", %.4f x %.4f mm/pixel", p.calibration().mmPerPixelX(),
            p.calibration().mmPerPixelY()) : ""));
    rt.addValue("Warnings", p.warnings().isEmpty() ? "none" : p.warnings().size() + " (listed in \""
        + Tables.WARNINGS + "\")");
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
