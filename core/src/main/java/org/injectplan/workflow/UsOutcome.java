package org.injectplan.workflow;

import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.Plan;
import org.injectplan.planning.PlanningResult;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.structures.StructureFinder;

/**
 * What {@link UsWorkflow} gave: the plan with the figures behind it, the capsule it was planned
 * on (and the segmentation when the capsule was segmented, not given), the structures found in
 * the image (when looked for); or a refusal.
 */
public final class UsOutcome {
  private final Refusal refusal;
  private final Segmentation segmentation;
  private final Mask capsule;
  private final StructureFinder.Found found;
  private final PlanningResult result;

  private UsOutcome(Refusal refusal, Segmentation segmentation, Mask capsule, StructureFinder.Found found,
      PlanningResult result) {
    this.refusal = refusal;
    this.segmentation = segmentation;
    this.capsule = capsule;
    this.found = found;
    this.result = result;
  }

  static UsOutcome refused(Refusal r) {
    return new UsOutcome(r, null, null, null, null);
  }

  /** Refused by the planner, on the capsule it was given or segmented. */
  static UsOutcome refused(Refusal r, Segmentation s, Mask capsule, StructureFinder.Found found) {
    return new UsOutcome(r, s, capsule, found, null);
  }

  static UsOutcome planned(Segmentation s, Mask capsule, StructureFinder.Found found, PlanningResult r) {
    return new UsOutcome(null, s, capsule, found, r);
  }

  public boolean isPlanned() {
    return refusal == null;
  }

  /** Why there is no plan, or empty when there is one. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * The segmenter's capsule, or empty when the capsule was given or none was found; kept when the
   * planner refused the choices, so that a front end can show what it planned on.
   */
  public Optional<Segmentation> segmentation() {
    return Optional.ofNullable(segmentation);
  }

  /** The capsule planned on (given, or segmented); null when refused before there was one. */
  public Mask capsule() {
    return capsule;
  }

  /** Bone and vessels found in the image, or empty when they were not looked for (or refused before). */
  public Optional<StructureFinder.Found> found() {
    return Optional.ofNullable(found);
  }

  /** The plan and the figures behind it (path, deposition, dose, needle). */
  public PlanningResult result() {
    return planned().result;
  }

  public Plan plan() {
    return result().plan();
  }

  private UsOutcome planned() {
    if (refusal != null) {
      throw new IllegalStateException("no plan: " + refusal.message());
    }
    return this;
  }
}
