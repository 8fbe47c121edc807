/**
 * Planning, the algorithms that make a plan (the plan itself, the JSON contract, is {@code
 * org.injectplan.plan}: that package is what is decided, this one how): joint presets and the
 * clinical figures they rest on (with their literature sources, in {@link
 * org.injectplan.planning.ClinicalFigures}), the needle catalogue, ultrasound in-plane and
 * out-of-plane geometry, clearance from structures to avoid (given, or found in the image by
 * {@code segment.structures}), the entry optimiser (checked against an exhaustive search),
 * fluoroscopy down-the-beam and biplane triangulation written as plans ({@link
 * org.injectplan.planning.FluoroPlanning}; target and joint space chosen as every front end chooses
 * them: {@link org.injectplan.planning.FluoroTarget}), deposition, dose and route, and practice
 * scoring. Everything here runs without a window; inputs are masks ({@code
 * org.injectplan.image.Mask}: a segmentation result plugs in directly) and a {@link
 * org.injectplan.scan.Calibration}. Planned vs actual needle is {@code segment.needle}'s.
 */
package org.injectplan.planning;
