/**
 * The joint capsule's fluid on ultrasound: {@link org.injectplan.segment.capsule.CapsuleSegmenter}
 * (automatic, or seeded from a click: the local, depth-compensated dark space and its wall) and
 * {@link org.injectplan.segment.capsule.CineSegmenter} for every frame of a cine on several cores,
 * with their parameters ({@link org.injectplan.segment.capsule.CapsuleParams}), the per-frame
 * analysis they share ({@link org.injectplan.segment.capsule.FrameAnalysis}) and the step pictures
 * of the {@code bench} command ({@link org.injectplan.segment.capsule.StepPictures}). The steps
 * (boundary, edge profile, recess score, seeded space, wall contour, depth profile, acoustic
 * shadow) are package-private.
 */
package org.injectplan.segment.capsule;
