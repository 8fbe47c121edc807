package org.injectplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An injection plan on one frame of one scan: the contract of DESIGN.md ("plan JSON"), as the
 * planner writes it and the report reads it. Keys are added, never renamed.
 *
 * <p>Millimetre values are {@code null} exactly when the scan is not calibrated: an uncalibrated
 * plan is in pixels only. Two exceptions on a calibrated scan: a single fluoroscopy view has no
 * depth ({@code depthKnown} false, {@code depthMm} and {@code pathLengthMm} null), and a plan
 * with no structure to avoid ({@code avoid} null) may leave {@code minClearanceMm} null.
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
 * @param depthKnown false when the depth along the needle is unknown (a single fluoroscopy view);
 *     true or null (plans written before this key) otherwise
 * @param triangulation the target triangulated from a second fluoroscopy view, or null
 * @param provenance what made the plan (software, version, parameters, digests of the scan and
 *     its frame, when), or null in plans written before this key or made without the scan file
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
    String version,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean depthKnown,
    @JsonInclude(JsonInclude.Include.NON_NULL) Triangulated triangulation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance) {

  @JsonCreator
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
    boolean unknownDepth = Boolean.FALSE.equals(depthKnown);
    if (unknownDepth && (depthMm != null || pathLengthMm != null)) {
      throw new IllegalArgumentException("depthMm and pathLengthMm must be null when depthKnown is false");
    }
    requireMillimetres(calibration.isCalibrated() && !unknownDepth, depthMm, "depthMm");
    requireMillimetres(calibration.isCalibrated() && !unknownDepth, pathLengthMm, "pathLengthMm");
    if (avoid == null && minClearanceMm == null) {
      PlanChecks.requireNonNegativeOrNull(minClearanceMm, "minClearanceMm");
    } else {
      requireMillimetres(calibration.isCalibrated(), minClearanceMm, "minClearanceMm");
    }
    requirePresent(needle, "needle");
    requirePresent(deposition, "deposition");
    if (!calibration.isCalibrated() && deposition.bolusRadiusMm() != null) {
      throw new IllegalArgumentException("deposition.bolusRadiusMm is given for an uncalibrated scan");
    }
    warnings = PlanChecks.copy(warnings, "warnings");
    avoidStructures = PlanChecks.copy(avoidStructures, "avoidStructures");
    PlanChecks.requireText(version, "version");
  }

  /** A plan without provenance. */
  public Plan(ScanReference scan, int frame, PlanCalibration calibration, PixelPoint target, PixelPoint entry,
      String joint, String approach, double angleDeg, String angleReference, Double depthMm, Double pathLengthMm,
      Double minClearanceMm, String avoid, Needle needle, Deposition deposition, Dose dose, List<String> warnings,
      Structure capsule, List<Structure> avoidStructures, String version, Boolean depthKnown,
      Triangulated triangulation) {
    this(scan, frame, calibration, target, entry, joint, approach, angleDeg, angleReference, depthMm, pathLengthMm,
        minClearanceMm, avoid, needle, deposition, dose, warnings, capsule, avoidStructures, version, depthKnown,
        triangulation, null);
  }

  /** A plan of the first form of the contract: depth known, no triangulation. */
  public Plan(ScanReference scan, int frame, PlanCalibration calibration, PixelPoint target, PixelPoint entry,
      String joint, String approach, double angleDeg, String angleReference, Double depthMm, Double pathLengthMm,
      Double minClearanceMm, String avoid, Needle needle, Deposition deposition, Dose dose, List<String> warnings,
      Structure capsule, List<Structure> avoidStructures, String version) {
    this(scan, frame, calibration, target, entry, joint, approach, angleDeg, angleReference, depthMm, pathLengthMm,
        minClearanceMm, avoid, needle, deposition, dose, warnings, capsule, avoidStructures, version, null, null);
  }

  /** True unless the plan says its depth is unknown (a single fluoroscopy view). */
  @JsonIgnore
  public boolean hasKnownDepth() {
    return !Boolean.FALSE.equals(depthKnown);
  }

  /** The same plan with another scan reference (used by de-identification). */
  public Plan withScan(ScanReference other) {
    return copy(c -> c.scan = other);
  }

  /** The same plan with another triangulation (used by de-identification of the second view). */
  public Plan withTriangulation(Triangulated other) {
    return copy(c -> c.triangulation = other);
  }

  /** The same plan with its provenance. */
  public Plan withProvenance(Provenance other) {
    return copy(c -> c.provenance = other);
  }

  /** A copy with what {@code change} sets changed, checked as every plan is. */
  private Plan copy(java.util.function.Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** The components of a plan being copied, so that each {@code withX} names only what it changes. */
  private static final class Copy {
    ScanReference scan;
    int frame;
    PlanCalibration calibration;
    PixelPoint target;
    PixelPoint entry;
    String joint;
    String approach;
    double angleDeg;
    String angleReference;
    Double depthMm;
    Double pathLengthMm;
    Double minClearanceMm;
    String avoid;
    Needle needle;
    Deposition deposition;
    Dose dose;
    List<String> warnings;
    Structure capsule;
    List<Structure> avoidStructures;
    String version;
    Boolean depthKnown;
    Triangulated triangulation;
    Provenance provenance;

    Copy(Plan p) {
      scan = p.scan;
      frame = p.frame;
      calibration = p.calibration;
      target = p.target;
      entry = p.entry;
      joint = p.joint;
      approach = p.approach;
      angleDeg = p.angleDeg;
      angleReference = p.angleReference;
      depthMm = p.depthMm;
      pathLengthMm = p.pathLengthMm;
      minClearanceMm = p.minClearanceMm;
      avoid = p.avoid;
      needle = p.needle;
      deposition = p.deposition;
      dose = p.dose;
      warnings = p.warnings;
      capsule = p.capsule;
      avoidStructures = p.avoidStructures;
      version = p.version;
      depthKnown = p.depthKnown;
      triangulation = p.triangulation;
      provenance = p.provenance;
    }

    Plan build() {
      return new Plan(scan, frame, calibration, target, entry, joint, approach, angleDeg, angleReference, depthMm,
          pathLengthMm, minClearanceMm, avoid, needle, deposition, dose, warnings, capsule, avoidStructures, version,
          depthKnown, triangulation, provenance);
    }
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
