package org.injectplan.planning;

import org.injectplan.plan.Plan;

/**
 * A plan and the figures behind it that the plan contract does not (yet) carry: the path's
 * parts, the deposition points, the dead-space loss and the dose by route.
 */
public record PlanningResult(Plan plan, InPlanePath path, Deposition deposition, DoseFigures dose, NeedleType needle) {
}
