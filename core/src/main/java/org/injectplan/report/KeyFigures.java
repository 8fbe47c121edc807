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
 * on, the figures named and read as {@link PlanFigure} declares them. An uncalibrated plan shows
 * pixels, never millimetres.
 */
public final class KeyFigures {
  private KeyFigures() {
  }

  public static List<KeyFigure> of(Plan plan) {
    List<KeyFigure> out = new ArrayList<>();
    boolean mm = plan.calibration().isCalibrated();
    double depthPx = Math.abs(plan.target().yPx() - plan.entry().yPx());
    out.add(lengthFigure(PlanFigure.DEPTH, plan, depthPx));
    // the report writes degrees as the symbol
    out.add(figure(PlanFigure.ANGLE, plan, fmt("%.1f°", plan.angleDeg())));
    out.add(lengthFigure(PlanFigure.PATH_LENGTH, plan, plan.entry().distancePx(plan.target())));
    out.add(new KeyFigure("Needle", fmt("%dG, %.0f mm", plan.needle().gauge(), plan.needle().lengthMm()),
        needleBasis(plan)));
    out.addAll(triangulation(plan));
    out.add(figure(PlanFigure.CLEARANCE, plan, mm ? PlanFigure.CLEARANCE.text(plan)
        : PlanFigure.CLEARANCE.absent(plan).text()));
    out.add(figure(PlanFigure.VOLUME, plan, PlanFigure.VOLUME.text(plan)));
    if (plan.deposition().bolusRadiusMm() != null) {
      out.add(figure(PlanFigure.BOLUS_RADIUS, plan, PlanFigure.BOLUS_RADIUS.text(plan)));
    }
    // the report writes the fraction as a percentage
    out.add(figure(PlanFigure.FRACTION_IN_CAPSULE, plan, fmt("%.0f %%", 100 * plan.deposition().fractionInCapsule())));
    out.addAll(DepositionFigures.of(plan));
    if (plan.dose() != null) {
      out.addAll(cells(plan));
    }
    return out;
  }

  private static KeyFigure figure(PlanFigure f, Plan plan, String value) {
    return new KeyFigure(f.label(), value, f.basis(plan));
  }

  /** A depth or a path: unknown down the beam, millimetres when calibrated, else pixels. */
  private static KeyFigure lengthFigure(PlanFigure f, Plan plan, double px) {
    if (!plan.hasKnownDepth()) {
      return figure(f, plan, f.absent(plan).text());
    }
    return figure(f, plan, plan.calibration().isCalibrated() ? mm(f.of(plan)) : px(px));
  }

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

  private static List<KeyFigure> cells(Plan plan) {
    Dose dose = plan.dose();
    List<KeyFigure> out = new ArrayList<>();
    out.add(figure(PlanFigure.CELLS, plan, cells(dose.cells())));
    if (dose.viableDelivered() != null && dose.lostInDeadSpace() != null) {
      out.add(new KeyFigure("Viable cells delivered", cells(dose.viableDelivered()), fmt("viability %.0f %%; lost in"
          + " the needle's dead space: %s", 100 * (dose.viability() == null ? 1 : dose.viability()),
          cells(dose.lostInDeadSpace()))));
    }
    out.add(figure(PlanFigure.CELLS_TO_CAPSULE, plan, cells(dose.toCapsule() != null ? dose.toCapsule()
        : dose.cells() * plan.deposition().fractionInCapsule())));
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
