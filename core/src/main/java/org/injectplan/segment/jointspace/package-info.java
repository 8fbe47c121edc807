/**
 * Fluoroscopy: the radiolucent joint space ({@link
 * org.injectplan.segment.jointspace.JointSpaceDetector}: open field, oriented lucency, skeleton
 * lines, the gap between the two articular surfaces, with its parameters {@link
 * org.injectplan.segment.jointspace.JointSpaceParams}), its centre line and direction, and the
 * skin along a line ({@link org.injectplan.segment.jointspace.SkinLine}, for the biplane depth along
 * the beam). The steps (open field, lucency filter, line pieces, gap edges) are package-private.
 */
package org.injectplan.segment.jointspace;
