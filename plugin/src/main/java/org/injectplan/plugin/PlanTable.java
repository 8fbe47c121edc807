package org.injectplan.plugin;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.injectplan.plan.Plan;
import org.injectplan.report.PlanFigure;

/**
 * A plan's figures as one row of our {@value Tables#PLAN} table, every heading with its unit,
 * and the calibration the millimetres rest on, in words. Frames are numbered from 1, as ImageJ
 * numbers slices; cells are in millions, so that no figure is cut by the column's width. The
 * warnings are counted here and listed one per line in their own window. The figures' headings,
 * units and the texts for a figure the plan lacks are {@link PlanFigure}'s, as in the report and
 * the command line's summary. An uncalibrated plan has no millimetre columns: its figures are in
 * pixels and degrees only. A depth the plan does not know (one fluoroscopy view) is the text
 * "unknown (single view)", a clearance not measured "not measured (no structure to avoid)". A macro
 * reads them with, e.g., {@code Table.get("Depth (mm)", 0, "Injection Plan")} or
 * {@code Table.getString} (headless: {@code getResult}).
 */
final class PlanTable {
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
    rt.addValue(PlanFigure.ANGLE.heading(), p.angleDeg());
    rt.addValue(PlanFigure.ANGLE.shortLabel() + " to", p.angleReference());
    if (p.calibration().isCalibrated()) {
      value(rt, PlanFigure.DEPTH, p);
      value(rt, PlanFigure.PATH_LENGTH, p);
      value(rt, PlanFigure.CLEARANCE, p);
    }
    java.util.List<String> crossed = org.injectplan.report.PathCrossings.crossedStructures(p);
    rt.addValue("Path", crossed.isEmpty() ? "clear" : "crosses " + String.join(", ", crossed));
    rt.addValue("Nearest structure", p.avoid() == null ? "none" : p.avoid());
    rt.addValue("Needle", p.needle().gauge() + "G " + Math.round(p.needle().lengthMm()) + " mm");
    rt.addValue(PlanFigure.VOLUME.heading(), PlanFigure.VOLUME.of(p));
    if (p.deposition().bolusRadiusMm() != null) {
      rt.addValue(PlanFigure.BOLUS_RADIUS.heading(), PlanFigure.BOLUS_RADIUS.of(p));
      rt.addValue(PlanFigure.FRACTION_IN_CAPSULE.heading(), PlanFigure.FRACTION_IN_CAPSULE.of(p));
    }
    millions(rt, PlanFigure.CELLS, p);
    millions(rt, PlanFigure.CELLS_TO_CAPSULE, p);
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

  /** The figure under its heading, or the text saying why there is none. */
  private static void value(ResultsTable rt, PlanFigure f, Plan p) {
    Double v = f.of(p);
    if (v != null) {
      rt.addValue(f.heading(), v);
    } else {
      rt.addValue(f.heading(), f.absent(p).text());
    }
  }

  /** A count of cells in millions (whole counts are cut by the column's width), NaN without a dose. */
  private static void millions(ResultsTable rt, PlanFigure f, Plan p) {
    Double v = f.of(p);
    rt.addValue(f.shortLabel() + " (millions)", v == null ? Double.NaN : v / 1e6);
  }
}
