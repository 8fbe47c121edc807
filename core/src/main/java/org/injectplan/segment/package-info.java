/**
 * Finding the injection target's space: the joint capsule's fluid on ultrasound
 * ({@link org.injectplan.segment.CapsuleSegmenter}, automatic or seeded, and
 * {@link org.injectplan.segment.CineSegmenter} for every frame of a cine on several cores) and
 * the radiolucent joint space on fluoroscopy ({@link org.injectplan.segment.JointSpaceDetector}:
 * open field, oriented lucency, skeleton lines, the gap between the two articular surfaces),
 * the skin on a fluoroscopy frame along a line ({@link org.injectplan.segment.SkinLine}, for the
 * biplane depth along the beam),
 * with the measures a plan needs (area, centroid, bounding box, confidence, and the one capsule
 * volume model, {@link org.injectplan.segment.CapacityEstimate#spheroid} of the mask's
 * {@link org.injectplan.image.MaskMoments}, which the plan's visible pocket uses too) and the
 * accuracy measures used to check them ({@link org.injectplan.segment.MaskMetrics}); built on the image
 * kernel, {@code org.injectplan.image} (the mask, components, distances, levels). Nothing here
 * opens a window or logs; progress goes through {@link org.injectplan.segment.ProgressListener}.
 */
package org.injectplan.segment;

