/**
 * The plan: where the needle goes in, where it ends, what is injected and what was measured, as
 * validating records, and its JSON form ({@link org.injectplan.plan.PlanJson}), the versioned
 * contract of DESIGN.md that the planner writes and the report reads.
 */
package org.injectplan.plan;
