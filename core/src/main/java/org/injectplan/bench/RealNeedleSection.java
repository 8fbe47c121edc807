package org.injectplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.injectplan.dicom.BadScanException;
import org.injectplan.samples.NeedleFrameSet;

/**
 * {@code bench real}: the needle detector. On each real set (frames with no needle in them), the
 * needles reported over {@link RealNeedle#PATHS_PER_FRAME} planned paths per frame (each a false
 * report); once, on the simulated needle set ({@link NeedleFrameSet}, seed {@link #SIM_SEED});
 * and on {@link #TISSUE_SET}, on simulated needles composited onto those real frames
 * ({@link TissueNeedleSet}, seed {@link #TISSUE_SEED}): the share within 2 deg and 1 mm, the share
 * found, the false reports on the needle-free copies, the tip error, and each frame outside the
 * goal. The detector is what the command line's check runs ({@link RealNeedle#CHECK}).
 */
public final class RealNeedleSection implements RealBenchSection {
  /** The seed of the simulated set the bench and the tests measure. */
  public static final long SIM_SEED = 1;
  /** The seed of the simulated-on-real-tissue set ({@link TissueNeedleSet}). */
  public static final long TISSUE_SEED = 1;
  /** The set whose frames carry the simulated needles of {@link TissueNeedleSet}. */
  public static final String TISSUE_SET = "usgra-seg";
  private boolean simulatedDone;

  @Override
  public String title() {
    return "needle detector (no needle in these frames: every report is false)";
  }

  @Override
  public void run(String set, List<RealFrame> frames, PrintWriter out) throws IOException, BadScanException {
    List<RealNeedle.FalseReport> f = RealNeedle.falseReports(frames);
    int paths = frames.size() * RealNeedle.PATHS_PER_FRAME;
    out.printf(Locale.ROOT, "  false needle reports: %d of %d planned paths (%.1f%%) on %d frames%n", f.size(), paths,
        100.0 * f.size() / Math.max(1, paths), frames.size());
    for (RealNeedle.FalseReport r : f) {
      out.printf(Locale.ROOT, "    %s: path (%.0f,%.0f)->(%.0f,%.0f): line at %.1f deg, tip (%.0f,%.0f), contrast %.2f%n",
          r.file(), r.entry().xPx(), r.entry().yPx(), r.target().xPx(), r.target().yPx(), r.detection().angleDeg(),
          r.detection().tip().xPx(), r.detection().tip().yPx(), r.detection().contrast());
    }
    if (!simulatedDone) {
      simulatedDone = true;
      printSimulated(out);
    }
    if (set.equals(TISSUE_SET)) {
      List<RealNeedle.SimResult> rs = RealNeedle.simulated(TissueNeedleSet.make(frames, TISSUE_SEED));
      printFigures(out, String.format(Locale.ROOT, "simulated needles on real %s tissue (TissueNeedleSet seed %d, %d"
          + " frames; truth from the simulation's geometry; mm at the ASSUMED calibration)", set, TISSUE_SEED,
          rs.size()), rs);
    }
  }

  /** The figures on the simulated needle set of seed {@link #SIM_SEED}. */
  public static void printSimulated(PrintWriter out) {
    printFigures(out, String.format(Locale.ROOT, "simulated needle set (seed %d, simulated anatomy; mm from the"
        + " simulation's geometry)", SIM_SEED), RealNeedle.simulated(NeedleFrameSet.make(SIM_SEED)));
  }

  /** Within 2 deg and 1 mm, found, false on the needle-free copies, tip error, and the frames outside the goal. */
  static void printFigures(PrintWriter out, String title, List<RealNeedle.SimResult> rs) {
    int within = 0;
    int found = 0;
    int free = 0;
    double sum = 0;
    double max = 0;
    String worst = "";
    for (RealNeedle.SimResult r : rs) {
      within += r.withinGoal() ? 1 : 0;
      free += r.falseOnFree() ? 1 : 0;
      if (r.found()) {
        found++;
        sum += r.tipErrMm();
        if (r.tipErrMm() > max) {
          max = r.tipErrMm();
          worst = r.name();
        }
      }
    }
    int n = rs.size();
    out.printf(Locale.ROOT, "  %s:%n", title);
    out.printf(Locale.ROOT, "    within %.0f deg and %.0f mm: %d of %d (%.0f%%; goal 80%%)%n", RealNeedle.ANGLE_GOAL_DEG,
        RealNeedle.TIP_GOAL_MM, within, n, 100.0 * within / n);
    out.printf(Locale.ROOT, "    found: %d of %d (%.0f%%; goal 90%%)%n", found, n, 100.0 * found / n);
    out.printf(Locale.ROOT, "    needle reported on the needle-free copies: %d of %d (goal 0)%n", free, n);
    out.printf(Locale.ROOT, "    tip error over the found: mean %.2f mm, max %.2f mm (%s)%n", sum / Math.max(1, found), max,
        worst);
    for (RealNeedle.SimResult r : rs) {
      if (!r.withinGoal() || r.falseOnFree()) {
        out.printf(Locale.ROOT, "    %s: %s%s%n", r.name(), r.found() ? String.format(Locale.ROOT,
            "angle off %.2f deg, tip off %.2f mm", r.angleErrDeg(), r.tipErrMm()) : "not found",
            r.falseOnFree() ? "; a needle reported on its needle-free copy" : "");
      }
    }
  }
}
