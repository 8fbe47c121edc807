/**
 * Needle trajectory and deposition planning: joint presets and the clinical figures they rest on
 * (with their literature sources, in {@link org.injectplan.planning.ClinicalFigures}), the needle
 * catalogue, ultrasound in-plane and out-of-plane geometry, clearance from structures to avoid,
 * the entry optimiser (checked against an exhaustive search), fluoroscopy down-the-beam and
 * biplane triangulation, deposition, dose and route, and practice scoring. Everything here runs
 * without a window; inputs are masks (a segmentation result plugs in directly) and a
 * {@link org.injectplan.scan.Calibration}.
 */
package org.injectplan.planning;
