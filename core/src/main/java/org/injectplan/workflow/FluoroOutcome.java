package org.injectplan.workflow;

import java.util.Optional;
import org.injectplan.plan.Plan;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.FluoroTarget;

/**
 * What {@link FluoroWorkflow} gave: the target and joint space chosen, and the plan with the
 * figures behind it; or a refusal.
 */
public final class FluoroOutcome {
  private final Refusal refusal;
  private final FluoroTarget chosen;
  private final FluoroPlanning.Result result;

  private FluoroOutcome(Refusal refusal, FluoroTarget chosen, FluoroPlanning.Result result) {
    this.refusal = refusal;
    this.chosen = chosen;
    this.result = result;
  }

  static FluoroOutcome refused(Refusal r) {
    return new FluoroOutcome(r, null, null);
  }

  static FluoroOutcome planned(FluoroTarget chosen, FluoroPlanning.Result r) {
    return new FluoroOutcome(null, chosen, r);
  }

  public boolean isPlanned() {
    return refusal == null;
  }

  /** Why there is no plan, or empty when there is one. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The target and the joint space planned on (given, or the detector's). */
  public FluoroTarget chosen() {
    planned();
    return chosen;
  }

  /** The plan and the figures behind it. */
  public FluoroPlanning.Result result() {
    planned();
    return result;
  }

  public Plan plan() {
    return result().plan();
  }

  private void planned() {
    if (refusal != null) {
      throw new IllegalStateException("no plan: " + refusal.message());
    }
  }
}
