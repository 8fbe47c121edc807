package org.injectplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.plan.Dose;
import org.injectplan.plan.IntravenousRange;
import org.injectplan.plan.Triangulated;
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
    if (!plan.hasKnownDepth()) {
      out.add(new KeyFigure("Target depth", unknownDepth(plan), UNKNOWN_DEPTH_BASIS));
    } else {
      out.add(new KeyFigure("Target depth", mm ? mm(plan.depthMm()) : px(depthPx),
          plan.triangulation() == null ? cal : cal + "; along the beam, from the skin seen in the second view"));
    }
    out.add(new KeyFigure("Needle angle", fmt("%.1f°", plan.angleDeg()),
        plan.angleReference() == null ? "to the image horizontal" : "to the " + plan.angleReference()));
    if (!plan.hasKnownDepth()) {
      out.add(new KeyFigure("Path length", "unknown (down the beam: the depth)", UNKNOWN_DEPTH_BASIS));
    } else {
      out.add(new KeyFigure("Path length", mm ? mm(plan.pathLengthMm()) : px(pathPx), cal));
    }
    out.add(new KeyFigure("Needle", fmt("%dG, %.0f mm", plan.needle().gauge(), plan.needle().lengthMm()),
        needleBasis(plan)));
    out.addAll(triangulation(plan));
    String clearance = !mm ? "not measured (no calibration)"
        : plan.minClearanceMm() == null ? "not measured (no structure to avoid)" : mm(plan.minClearanceMm());
    out.add(new KeyFigure("Minimum clearance", clearance, plan.avoid() == null ? cal : cal + "; to " + plan.avoid()
        + (plan.entry().distancePx(plan.target()) < 1e-9 ? " (in the image plane: a projection)" : "")));
    String volumeBasis = plan.deposition().source() == null ? "plan" : plan.deposition().source();
    out.add(new KeyFigure("Volume", fmt("%.2f mL", plan.deposition().volumeMl()), volumeBasis));
    if (plan.deposition().bolusRadiusMm() != null) {
      out.add(new KeyFigure("Bolus radius", mm(plan.deposition().bolusRadiusMm()), "sphere of the volume; " + cal));
    }
    out.add(new KeyFigure("Bolus fraction in capsule", fmt("%.0f %%", 100 * plan.deposition().fractionInCapsule()),
        "bolus sphere against the capsule outline"));
    out.addAll(DepositionFigures.of(plan));
    if (plan.dose() != null) {
      out.addAll(cells(plan.dose(), plan.deposition().fractionInCapsule()));
    }
    return out;
  }

  /** "unknown (single view)", or why else the depth is unknown. */
  static String unknownDepth(Plan plan) {
    return "unknown (" + (plan.triangulation() == null ? "single view" : "no skin point in the second view") + ")";
  }

  /** What the report says where the depth is unknown. */
  static final String UNKNOWN_DEPTH_BASIS = "a single fluoroscopy view shows no depth along the beam; confirm it on"
      + " a lateral view";

  private static List<KeyFigure> triangulation(Plan plan) {
    Triangulated t = plan.triangulation();
    if (t == null) {
      return List.of();
    }
    return List.of(
        new KeyFigure("Triangulated target", fmt("(%.1f, %.1f, %.1f) mm", t.targetMm().get(0), t.targetMm().get(1),
            t.targetMm().get(2)), "biplane with " + t.otherView().file() + "; patient LPS from the isocentre"),
        new KeyFigure("Triangulation error", mm(t.errorMm()) + fmt(" (reprojection %.1f px)",
            t.reprojectionErrorPx()), "gap between the two back-projected rays"));
  }

  private static List<KeyFigure> cells(Dose dose, double fractionInCapsule) {
    List<KeyFigure> out = new ArrayList<>();
    out.add(new KeyFigure("Cells in syringe", cells(dose.cells()), dose.source() == null ? "plan" : dose.source()));
    if (dose.viableDelivered() != null && dose.lostInDeadSpace() != null) {
      out.add(new KeyFigure("Viable cells delivered", cells(dose.viableDelivered()), fmt("viability %.0f %%; lost in"
          + " the needle's dead space: %s", 100 * (dose.viability() == null ? 1 : dose.viability()),
          cells(dose.lostInDeadSpace()))));
    }
    if (dose.toCapsule() != null) {
      out.add(new KeyFigure("Cells delivered in capsule", cells(dose.toCapsule()),
          "viable cells delivered x bolus fraction in capsule"));
    } else {
      out.add(new KeyFigure("Cells delivered in capsule", cells(dose.cells() * fractionInCapsule),
          "cells x bolus fraction in capsule"));
    }
    IntravenousRange iv = dose.intravenous();
    if (iv != null) {
      out.add(new KeyFigure("Intravenous comparison", cells(iv.cellsPastLungsLow()) + " – "
          + cells(iv.cellsPastLungsHigh()) + " past the lungs", fmt("%s: %.1f–%.1f%% pass the lungs; %s",
              iv.label(), 100 * iv.firstPassLow(), 100 * iv.firstPassHigh(), iv.source())));
    } else {
      out.add(new KeyFigure("Intravenous comparison", cells(dose.cells() * LiteratureSources.IV_FIRST_PASS_LOW)
          + " – " + cells(dose.cells() * LiteratureSources.IV_FIRST_PASS_HIGH) + " past the lungs",
          "quoted range 1.5–3.7% from animal studies (Fischer 2009; Eggenhofer 2012)"));
    }
    return out;
  }

  private static String needleBasis(Plan plan) {
    if (plan.pathLengthMm() != null && plan.pathLengthMm() > plan.needle().lengthMm()) {
      return "SHORTER than the path";
    }
    return "plan";
  }

  static String mm(Double v) {
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

  static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
