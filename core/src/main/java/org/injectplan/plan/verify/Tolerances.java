package org.injectplan.plan.verify;

/**
 * The tolerances at which a stated figure is taken to agree with the figure derived from the
 * plan's geometry. They cover the rounding of the writers (the planner writes full doubles; the
 * sample set rounds millimetres and pixels to 3 decimals and angles to 0.1 degree), not a
 * different answer: a figure off by more is refused.
 */
public final class Tolerances {
  /** Depth, path length, bolus radius, deposition point millimetres: 0.002 mm (3-decimal rounding of mm and px). */
  public static final double LENGTH_MM = 0.002;
  /** Pixel figures of an uncalibrated plan (depth and path in px are not stated; clearance is): 0.002 px. */
  public static final double LENGTH_PX = 0.002;
  /** Needle angle: 0.06 degree (one-decimal rounding, plus the rounding of the points). */
  public static final double ANGLE_DEG = 0.06;
  /**
   * Clearance from the outline: the planner measures to the centres of the structure's pixels,
   * the plan keeps an outline thinned to at most 200 of its boundary centres, so the derived
   * clearance may differ by the outline's sag. Tolerance: half the longest outline edge plus one
   * pixel diagonal, in mm, at least {@link #LENGTH_MM}.
   */
  public static final double CLEARANCE_PIXEL_DIAGONALS = 1;
  /** Volumes (delivered, per point, their sum): 0.0005 mL. */
  public static final double VOLUME_ML = 0.0005;
  /**
   * Fraction of the bolus in the capsule: 0.03 absolute. The planner counts capsule pixels, the
   * plan keeps the outline through the boundary pixel centres: boundary pixels count half.
   */
  public static final double FRACTION = 0.03;
  /** Cell counts (concentration, delivered, lost, to the capsule, intravenous): relative 0.001. */
  public static final double CELLS_RELATIVE = 0.001;
  /** Calibration against the scan's: relative 1e-6 (the same numbers, written as doubles). */
  public static final double CALIBRATION_RELATIVE = 1e-6;

  private Tolerances() {
  }

  static boolean near(double stated, double derived, double tolerance) {
    return Math.abs(stated - derived) <= tolerance;
  }

  static boolean nearRelative(double stated, double derived, double relative) {
    return Math.abs(stated - derived) <= relative * Math.max(Math.abs(stated), Math.abs(derived)) + 1e-12;
  }
}
