/**
 * Verification of a plan: every figure it states is derived again from its geometry (target,
 * entry, deposition points, outlines) and its calibration, and compared at a stated tolerance
 * ({@link org.injectplan.plan.verify.Tolerances}); its points are checked against the frame, and,
 * when the scan is at hand, its calibration, UIDs and digests against the scan's. The result is a
 * list of {@link org.injectplan.plan.verify.Check}s; nothing is drawn or written here.
 */
package org.injectplan.plan.verify;
