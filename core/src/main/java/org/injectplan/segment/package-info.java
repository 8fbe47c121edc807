/**
 * Image analysis: what InjectPlan finds in a frame, one sub-package a question, all built on the
 * image kernel ({@code org.injectplan.image}: the mask, components, distances, levels, moments).
 *
 * <ul>
 *   <li>{@code segment.capsule}: the joint capsule's fluid on ultrasound, automatic, seeded, or
 *       on every frame of a cine;
 *   <li>{@code segment.jointspace}: fluoroscopy, the radiolucent joint space between two
 *       articular surfaces and the skin along a line;
 *   <li>{@code segment.structures}: what a needle must avoid on ultrasound, bone, its shadow and
 *       vessels;
 *   <li>{@code segment.needle}: the needle in the image and how it lies against the plan (it
 *       reads the planned path, {@code planning.InPlanePath}, as its prior, so it sits above
 *       {@code planning} where the others sit below it).
 * </ul>
 *
 * <p>Here, what they share: the result of a segmentation ({@link
 * org.injectplan.segment.Segmentation}, {@link org.injectplan.segment.SegmentOutcome}), the pick of
 * a cine's best frame ({@link org.injectplan.segment.BestFrame}), the one capsule volume model
 * ({@link org.injectplan.segment.CapacityEstimate#spheroid} of the mask's second moments, which the
 * plan's visible pocket uses too), the ultrasound grey window ({@link
 * org.injectplan.segment.GreyWindow}), the accuracy measures against a truth mask ({@link
 * org.injectplan.segment.MaskMetrics}) and progress ({@link org.injectplan.segment.ProgressListener}).
 * Nothing here opens a window or logs.
 */
package org.injectplan.segment;
