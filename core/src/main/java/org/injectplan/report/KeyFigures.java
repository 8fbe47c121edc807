package org.injectplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.plan.Dose;
import org.injectplan.plan.Plan;

/**
 * The key figures of a plan as the report shows them: each value with its unit and what it rests
 * on. An uncalibrated plan shows pixels, never millimetres.
 */
public final class KeyFigures {
  private KeyFigures() {
  }

  public static List<KeyFigure> of(Plan plan) {
    List<KeyFigure> out = new ArrayList<>();
    String cal = plan.calibration().describe();
    boolean mm = plan.calibration().isCalibrated();
    double pathPx = plan.entry().distancePx(plan.target());
    double depthPx = Math.abs(plan.target().yPx() - plan.entry().yPx());
    out.add(new KeyFigure("Target depth", mm ? mm(plan.depthMm()) : px(depthPx), cal));
    out.add(new KeyFigure("Needle angle", fmt("%.1f°", plan.angleDeg()),
        plan.angleReference() == null ? "to the image horizontal" : "to the " + plan.angleReference()));
    out.add(new KeyFigure("Path length", mm ? mm(plan.pathLengthMm()) : px(pathPx), cal));
    out.add(new KeyFigure("Needle", fmt("%dG, %.0f mm", plan.needle().gauge(), plan.needle().lengthMm()),
        needleBasis(plan)));
    out.add(new KeyFigure("Minimum clearance", mm ? mm(plan.minClearanceMm()) : "not measured (no calibration)",
        plan.avoid() == null ? cal : cal + "; to " + plan.avoid()));
    String volumeBasis = plan.deposition().source() == null ? "plan" : plan.deposition().source();
    out.add(new KeyFigure("Volume", fmt("%.2f mL", plan.deposition().volumeMl()), volumeBasis));
    if (plan.deposition().bolusRadiusMm() != null) {
      out.add(new KeyFigure("Bolus radius", mm(plan.deposition().bolusRadiusMm()), "sphere of the volume; " + cal));
    }
    out.add(new KeyFigure("Bolus fraction in capsule", fmt("%.0f %%", 100 * plan.deposition().fractionInCapsule()),
        "bolus sphere against the capsule outline"));
    if (plan.dose() != null) {
      out.addAll(cells(plan.dose(), plan.deposition().fractionInCapsule()));
    }
    return out;
  }

  private static List<KeyFigure> cells(Dose dose, double fractionInCapsule) {
    double delivered = dose.cells() * fractionInCapsule;
    double ivLow = dose.cells() * LiteratureSources.IV_FIRST_PASS_LOW;
    double ivHigh = dose.cells() * LiteratureSources.IV_FIRST_PASS_HIGH;
    return List.of(
        new KeyFigure("Cells in syringe", cells(dose.cells()), dose.source() == null ? "plan" : dose.source()),
        new KeyFigure("Cells delivered in capsule", cells(delivered), "cells x bolus fraction in capsule"),
        new KeyFigure("Intravenous comparison", cells(ivLow) + " – " + cells(ivHigh) + " past the lungs",
            "quoted range 1.5–3.7% from animal studies (Fischer 2009; Eggenhofer 2012)"));
  }

  private static String needleBasis(Plan plan) {
    if (plan.pathLengthMm() != null && plan.pathLengthMm() > plan.needle().lengthMm()) {
      return "SHORTER than the path";
    }
    return "plan";
  }

  static String mm(double v) {
    return fmt("%.1f mm", v);
  }

  static String px(double v) {
    return fmt("%.0f px (not calibrated)", v);
  }

  /** 2.5 × 10^7 style. */
  static String cells(double n) {
    if (n < 1000) {
      return fmt("%.0f cells", n);
    }
    int exp = (int) Math.floor(Math.log10(n));
    return fmt("%.1f × 10^%d cells", n / Math.pow(10, exp), exp);
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
