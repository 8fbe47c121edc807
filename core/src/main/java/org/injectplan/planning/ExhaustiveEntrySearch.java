package org.injectplan.planning;

import java.util.Optional;

/**
 * The naive reference for {@link EntryOptimiser}: every offset on a fine grid from the angle
 * limit to the path limit, the first acceptable one. Slow; for tests and checks.
 */
public final class ExhaustiveEntrySearch {
  private ExhaustiveEntrySearch() {
  }

  public static Optional<InPlanePath> solve(EntryProblem p, Side side, double stepPx) {
    if (!(stepPx > 0)) {
      throw new IllegalArgumentException("stepPx must be > 0: " + stepPx);
    }
    if (side == Side.EITHER) {
      Optional<InPlanePath> l = solve(p, Side.LEFT, stepPx);
      Optional<InPlanePath> r = solve(p, Side.RIGHT, stepPx);
      if (l.isEmpty() || r.isEmpty()) {
        return l.isPresent() ? l : r;
      }
      return l.get().lengthMm() <= r.get().lengthMm() ? l : r;
    }
    double lo = p.minOffsetPx(side);
    double hi = p.maxOffsetPx(side);
    for (long k = 0; lo + k * stepPx <= hi; k++) {
      double s = lo + k * stepPx;
      if (p.margin(side, s) >= 0) {
        return Optional.of(p.path(side, s));
      }
    }
    return Optional.empty();
  }
}
