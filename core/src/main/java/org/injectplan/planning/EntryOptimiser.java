package org.injectplan.planning;

import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The shortest in-plane path: the path length grows with the entry's offset beyond the edge, so
 * the optimum is the least offset that satisfies the angle limit and the clearances. The angle
 * limit gives a lower bound in closed form; from there a walk finds the first acceptable offset
 * (steps of {@link #STEP_PX}, or longer where the clearance deficit proves that nothing closer
 * can be acceptable: clearance is 1-Lipschitz in the entry's displacement) and Brent's method (Commons Math, bracketing, answer on the acceptable side) places the
 * boundary of the clearance constraint to {@link #ACCURACY_PX}. A window of acceptable offsets
 * narrower than {@link #STEP_PX} can be missed; {@link ExhaustiveEntrySearch} is the check.
 */
public final class EntryOptimiser {
  /** Coarse walk step, pixels. */
  public static final double STEP_PX = 1.0;
  /** Boundary accuracy, pixels. */
  public static final double ACCURACY_PX = 1e-3;

  private EntryOptimiser() {
  }

  /** The shortest acceptable path on {@code side} (LEFT, RIGHT, or EITHER: the shorter). */
  public static Optional<InPlanePath> solve(EntryProblem p, Side side) {
    if (side == Side.EITHER) {
      Optional<InPlanePath> l = solve(p, Side.LEFT);
      Optional<InPlanePath> r = solve(p, Side.RIGHT);
      if (l.isEmpty() || r.isEmpty()) {
        return l.isPresent() ? l : r;
      }
      return l.get().lengthMm() <= r.get().lengthMm() ? l : r;
    }
    double lo = p.minOffsetPx(side);
    double hi = p.maxOffsetPx(side);
    if (!(hi >= lo)) {
      return Optional.empty();
    }
    if (p.margin(side, lo) >= 0) {
      return Optional.of(p.path(side, lo));
    }
    // Clearance moves at most as far as the path does, and no point of the path moves farther
    // than the entry: from a margin of -m the first acceptable offset is at least m further on.
    double mmPerPx = p.scale().mmPerPixelX();
    double prev = lo;
    double marginPrev = p.margin(side, lo);
    while (prev < hi) {
      double at = Math.min(hi, prev + Math.max(STEP_PX, -marginPrev / mmPerPx));
      double m = p.margin(side, at);
      if (m >= 0) {
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, ACCURACY_PX, 5);
        double root = solver.solve(200, x -> p.margin(side, x), prev, at, AllowedSolution.ABOVE_SIDE);
        return Optional.of(p.path(side, p.margin(side, root) >= 0 ? root : at));
      }
      prev = at;
      marginPrev = m;
    }
    return Optional.empty();
  }
}
