package org.injectplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.JointPreset;
import org.injectplan.report.PlanFigure;
import org.injectplan.scan.Scan;
import org.injectplan.workflow.FluoroChoices;
import org.injectplan.workflow.FluoroOutcome;
import org.injectplan.workflow.FluoroWorkflow;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.InjectionChoices;
import org.injectplan.workflow.Refusal;

/**
 * The fluoroscopy side of {@code plan}: the options as the {@link FluoroWorkflow}'s choices (the
 * target given with {@code --target}, else the joint-space detector's around {@code --seed}; the
 * joint space given with {@code --capsule}; the second view of a biplane pair with
 * {@code --lateral}, its target and skin with {@code --lateral-target} and {@code --lateral-skin}),
 * its refusals as bad input, and the summary printed.
 */
final class FluoroPlanInput {
  private FluoroPlanInput() {
  }

  /** The plan; a refusal (no target and no joint space found, a second view that cannot be used) is bad input. */
  static FluoroPlanning.Result plan(Scan scan, PlanCommand c, Map<String, Mask> avoid) throws Exception {
    if (c.lateral == null && (c.lateralTarget != null || c.lateralSkin != null)) {
      throw new BadInputException("--lateral-target", "give the second view with --lateral OTHER.dcm");
    }
    Mask given = c.capsule == null ? null : PlanCommand.mask(c.capsule, scan);
    FluoroChoices choices = FluoroChoices.of(JointPreset.of(c.joint)).withTarget(c.target).withSeed(c.seed)
        .withInjection(new InjectionChoices(c.volumeMl, c.cells, c.viability))
        .withSecondView(c.lateral, c.lateralTarget, c.lateralSkin);
    FluoroOutcome o = new FluoroWorkflow().plan(scan, c.frame, choices, new GivenStructures(given, avoid, null));
    if (o.refusal().isPresent()) {
      Refusal r = o.refusal().get();
      c.warnImplausible(scan);
      throw BadInputException.refused(r, c.file, r.why() == Refusal.Why.NO_JOINT_SPACE
          ? r.reason() + ": give --target X,Y or --seed X,Y" : r.reason());
    }
    return o.result();
  }

  static void summary(FluoroPlanning.Result r, PrintWriter o) {
    var p = r.plan();
    boolean mm = p.calibration().isCalibrated();
    o.printf(Locale.ROOT, "target (%.1f, %.1f) px, entry its skin projection (down the beam), %s%n", p.target().xPx(),
        p.target().yPx(), p.approach());
    o.printf(Locale.ROOT, "%s along the beam %s; %s in the image plane %s%n", PlanCommand.name(PlanFigure.DEPTH),
        PlanFigure.DEPTH.text(p), PlanCommand.name(PlanFigure.CLEARANCE), p.minClearanceMm() == null
            ? PlanFigure.CLEARANCE.absent(p).what() : PlanFigure.CLEARANCE.format(p.minClearanceMm()) + " to the "
            + p.avoid());
    if (p.triangulation() != null) {
      List<Double> m = p.triangulation().targetMm();
      o.printf(Locale.ROOT, "triangulated target (%.1f, %.1f, %.1f) mm from the isocentre (LPS), error %.2f mm,"
          + " reprojection %.2f px%n", m.get(0), m.get(1), m.get(2), p.triangulation().errorMm(),
          p.triangulation().reprojectionErrorPx());
    }
    o.printf(Locale.ROOT, "needle %dG %.0f mm; %s %s%s%n", r.needle().gauge(), r.needle().lengthMm(),
        PlanCommand.name(PlanFigure.VOLUME), PlanFigure.VOLUME.format(r.deposition().volumeMl()), mm
            ? ", fraction in the joint space " + PlanFigure.FRACTION_IN_CAPSULE.text(p) : "");
    o.printf(Locale.ROOT, "cells %.3g, to the joint %.3g; intravenous comparison: %.3g-%.3g past the lungs (%s)%n",
        r.dose().cells(), r.dose().toCapsule(), r.dose().intravenousPastLungsLow(),
        r.dose().intravenousPastLungsHigh(), p.dose().intravenous().label());
    p.warnings().forEach(w -> o.println("warning: " + w));
    o.flush();
  }
}
