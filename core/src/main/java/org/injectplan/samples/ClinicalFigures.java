package org.injectplan.samples;

/**
 * The figures the reference plans rest on. Literature-derived values come from the one home of
 * clinical figures, {@link org.injectplan.planning.ClinicalFigures}; what is defined here are the
 * conventions of this practice sample set ("sample-set rule"). The source texts stay as they are
 * written into the committed reference plans, which must regenerate byte for byte.
 */
final class ClinicalFigures {
  private ClinicalFigures() {
  }

  /** In-plane needle visibility falls as the angle steepens; best below about 30 degrees. */
  static final double IN_PLANE_MAX_ANGLE_DEG = 29.5;
  static final String IN_PLANE_SOURCE = "Schafhalter-Zoppoth et al., Reg Anesth Pain Med 2004; Maecken et al., RAPM 2007";
  /** Shallowest in-plane angle tried. Sample-set rule. */
  static final double IN_PLANE_MIN_ANGLE_DEG = 10;
  /** Least clearance from a structure to avoid that a reference path may have. Sample-set rule. */
  static final double MIN_CLEARANCE_MM = org.injectplan.planning.ClinicalFigures.MIN_CLEARANCE_MM;
  /** Clearance under which the plan carries a warning. Sample-set rule. */
  static final double WARN_CLEARANCE_MM = org.injectplan.planning.ClinicalFigures.WARN_CLEARANCE_MM;
  /** Least clearance of the path from bone (it must not cross it). Sample-set rule. */
  static final double MIN_BONE_CLEARANCE_MM = org.injectplan.planning.ClinicalFigures.MIN_BONE_CLEARANCE_MM;

  /** Lumbar facet joint capacity about 1-1.5 mL; the reference volume stays at the lower end. */
  static final double FACET_VOLUME_ML = org.injectplan.planning.ClinicalFigures.FACET_VOLUME_MIN_ML;
  static final String FACET_SOURCE = "facet capacity about 1-1.5 mL; lumbar facet needle 22G 90 mm (DESIGN.md clinical figures)";
  /** Volume for large joints. Sample-set rule (no literature figure chosen yet). */
  static final double LARGE_JOINT_VOLUME_ML = org.injectplan.planning.ClinicalFigures.LARGE_JOINT_DEFAULT_VOLUME_ML;
  /** Cells per injection: inside the knee-trial range 2e6 to 1e8 (PMC7384917). */
  static final double CELLS = 5.0e7;
  static final String CELLS_SOURCE = "knee MSC trials 2x10^6 to 1x10^8 cells (PMC7384917); same count used for all joints here";
  static final int GAUGE = 22;
  /**
   * Standard needle lengths: 1.5 and 2 inch hypodermic, 3.5 and about 5 inch spinal, and the 6 and
   * 7 inch spinal needles of deep approaches (without them about half of the seeds gave a spine
   * lateral path, kept for triangulation, that no listed needle reached, and `samples` failed).
   */
  static final double[] NEEDLE_LENGTHS_MM = {38, 50, 90, 120, 152, 178};
  /** Spare needle length kept outside the skin. Sample-set rule. */
  static final double NEEDLE_SPARE_MM = org.injectplan.planning.ClinicalFigures.NEEDLE_SPARE_MM;

  /** The shortest standard needle with {@link #NEEDLE_SPARE_MM} to spare. */
  static double needleLengthMm(double pathMm) {
    for (double l : NEEDLE_LENGTHS_MM) {
      if (l >= pathMm + NEEDLE_SPARE_MM) {
        return l;
      }
    }
    throw new IllegalArgumentException("no standard needle reaches " + pathMm + " mm");
  }

  /** Radius of a sphere of {@code volumeMl} (1 mL = 1000 mm^3). */
  static double bolusRadiusMm(double volumeMl) {
    return Math.cbrt(3 * volumeMl * 1000 / (4 * Math.PI));
  }
}
