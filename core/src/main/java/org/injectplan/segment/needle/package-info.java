/**
 * The needle in an ultrasound frame and how it lies against the plan: the detectors ({@link
 * org.injectplan.segment.needle.NeedleDetector}, {@link
 * org.injectplan.segment.needle.NeedleLineDetector}) look for the bright shaft near the planned path
 * and give a {@link org.injectplan.segment.needle.NeedleDetection}; {@link
 * org.injectplan.segment.needle.NeedleCheck} compares it with the plan (planned vs actual). The
 * planned path ({@code planning.InPlanePath}) is their prior, so this package builds on {@code
 * planning}, and {@code planning} never on it.
 */
package org.injectplan.segment.needle;
