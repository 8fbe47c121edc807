/**
 * Needle trajectory and deposition planning: joint presets and the clinical figures they rest on
 * (with their literature sources, in {@link org.injectplan.planning.ClinicalFigures}), the needle
 * catalogue, ultrasound in-plane and out-of-plane geometry, clearance from structures to avoid,
 * bone, shadow and vessels found in the ultrasound image ({@link
 * org.injectplan.planning.StructureFinder}), the entry optimiser (checked against an exhaustive
 * search), fluoroscopy down-the-beam and biplane triangulation written as plans ({@link
 * org.injectplan.planning.FluoroPlanning}; target and joint space chosen as every front end chooses
 * them: {@link org.injectplan.planning.FluoroTarget}), deposition, dose and route, planned vs actual ({@link
 * org.injectplan.planning.NeedleCheck}), and practice scoring. Everything here runs
 * without a window; inputs are masks (a segmentation result plugs in directly) and a
 * {@link org.injectplan.scan.Calibration}.
 */
package org.injectplan.planning;
