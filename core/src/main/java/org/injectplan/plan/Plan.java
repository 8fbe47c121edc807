package org.injectplan.plan;

import java.util.List;

/**
 * An injection plan on one frame of one scan: the contract of DESIGN.md ("plan JSON"), as the
 * planner writes it and the report reads it. Keys are added, never renamed.
 *
 * <p>Millimetre values are {@code null} exactly when the scan is not calibrated: an uncalibrated
 * plan is in pixels only.
 *
 * @param frame the planned frame, from 0
 * @param joint knee, shoulder, hip, facet, or null when not given
 * @param approach the approach, e.g. "superolateral, in-plane"
 * @param angleDeg needle angle in degrees to {@code angleReference}
 * @param angleReference what the angle is measured from (e.g. "transducer face"), or null
 * @param depthMm target depth below the entry (skin / transducer face), in millimetres
 * @param pathLengthMm needle path length from entry to target, in millimetres
 * @param minClearanceMm the smallest distance from the path to a structure to avoid
 * @param avoid the name of the structure to avoid that sets the clearance, or null
 * @param dose the cell dose, or null when none is planned
 * @param capsule the capsule (or joint space) outline, or null when not given
 * @param avoidStructures the structures to avoid, as outlines (may be empty)
 * @param version the contract version, {@link PlanJson#VERSION}
 */
public record Plan(
    ScanReference scan,
    int frame,
    PlanCalibration calibration,
    PixelPoint target,
    PixelPoint entry,
    String joint,
    String approach,
    double angleDeg,
    String angleReference,
    Double depthMm,
    Double pathLengthMm,
    Double minClearanceMm,
    String avoid,
    Needle needle,
    Deposition deposition,
    Dose dose,
    List<String> warnings,
    Structure capsule,
    List<Structure> avoidStructures,
    String version) {

  public Plan {
    requirePresent(scan, "scan");
    if (frame < 0) {
      throw new IllegalArgumentException("frame must be >= 0: " + frame);
    }
    requirePresent(calibration, "calibration");
    requirePresent(target, "target");
    requirePresent(entry, "entry");
    PlanChecks.requireText(approach, "approach");
    if (!Double.isFinite(angleDeg) || Math.abs(angleDeg) > 180) {
      throw new IllegalArgumentException("angleDeg must be in [-180, 180]: " + angleDeg);
    }
    requireMillimetres(calibration.isCalibrated(), depthMm, "depthMm");
    requireMillimetres(calibration.isCalibrated(), pathLengthMm, "pathLengthMm");
    requireMillimetres(calibration.isCalibrated(), minClearanceMm, "minClearanceMm");
    requirePresent(needle, "needle");
    requirePresent(deposition, "deposition");
    if (!calibration.isCalibrated() && deposition.bolusRadiusMm() != null) {
      throw new IllegalArgumentException("deposition.bolusRadiusMm is given for an uncalibrated scan");
    }
    warnings = PlanChecks.copy(warnings, "warnings");
    avoidStructures = PlanChecks.copy(avoidStructures, "avoidStructures");
    PlanChecks.requireText(version, "version");
  }

  /** The same plan with another scan reference (used by de-identification). */
  public Plan withScan(ScanReference other) {
    return new Plan(other, frame, calibration, target, entry, joint, approach, angleDeg, angleReference, depthMm,
        pathLengthMm, minClearanceMm, avoid, needle, deposition, dose, warnings, capsule, avoidStructures, version);
  }

  private static void requirePresent(Object o, String key) {
    if (o == null) {
      throw new IllegalArgumentException(key + " is missing");
    }
  }

  private static void requireMillimetres(boolean calibrated, Double v, String key) {
    if (calibrated && v == null) {
      throw new IllegalArgumentException(key + " is missing (the scan is calibrated)");
    }
    if (!calibrated && v != null) {
      throw new IllegalArgumentException(key + " is given in millimetres for an uncalibrated scan");
    }
    PlanChecks.requireNonNegativeOrNull(v, key);
  }
}
