package org.injectplan.report;

import java.util.Locale;
import java.util.function.Function;
import org.injectplan.plan.Plan;

/**
 * The figures of a plan, each declared once, as TrackMate declares its features: its key (the
 * plan JSON's), its name in the report, its short name (the ImageJ table's heading and the
 * command line's summary), its unit and decimals, how it is read from a plan, why a plan may
 * have none, and what it rests on. The report's key figures ({@link KeyFigures}), the plugin's
 * plan table and the command line's {@code plan} summary are all written from these.
 */
public enum PlanFigure {
  DEPTH("depthMm", "Target depth", "Depth", "mm", 1, Plan::depthMm),
  ANGLE("angleDeg", "Needle angle", "Angle", "deg", 1, Plan::angleDeg),
  PATH_LENGTH("pathLengthMm", "Path length", "Path length", "mm", 1, Plan::pathLengthMm),
  CLEARANCE("minClearanceMm", "Minimum clearance", "Clearance", "mm", 1, Plan::minClearanceMm),
  VOLUME("volumeMl", "Volume", "Volume", "mL", 2, p -> p.deposition().volumeMl()),
  BOLUS_RADIUS("bolusRadiusMm", "Bolus radius", "Bolus radius", "mm", 1, p -> p.deposition().bolusRadiusMm()),
  FRACTION_IN_CAPSULE("fractionInCapsule", "Bolus fraction in capsule", "Fraction in capsule", "", 2,
      p -> p.deposition().fractionInCapsule()),
  CELLS("cells", "Cells in syringe", "Cells", "cells", 0, p -> p.dose() == null ? null : p.dose().cells()),
  CELLS_TO_CAPSULE("toCapsule", "Cells delivered in capsule", "Cells to capsule", "cells", 0,
      p -> p.dose() == null ? null : p.dose().toCapsule());

  /** What the report says where a single fluoroscopy view leaves the depth unknown. */
  public static final String UNKNOWN_DEPTH_BASIS = "a single fluoroscopy view shows no depth along the beam; confirm"
      + " it on a lateral view";

  /**
   * Why a plan has no value for a figure: what is said in its place, and why.
   *
   * @param what e.g. "unknown", "not measured"
   * @param why e.g. "single view", "no structure to avoid"
   */
  public record Absent(String what, String why) {
    /** "unknown (single view)". */
    public String text() {
      return what + " (" + why + ")";
    }
  }

  private final String key;
  private final String label;
  private final String shortLabel;
  private final String unit;
  private final int decimals;
  private final Function<Plan, Number> value;

  PlanFigure(String key, String label, String shortLabel, String unit, int decimals, Function<Plan, Number> value) {
    this.key = key;
    this.label = label;
    this.shortLabel = shortLabel;
    this.unit = unit;
    this.decimals = decimals;
    this.value = value;
  }

  /** The plan JSON's key. */
  public String key() {
    return key;
  }

  /** The name in the report, e.g. "Target depth". */
  public String label() {
    return label;
  }

  /** The short name, e.g. "Depth". */
  public String shortLabel() {
    return shortLabel;
  }

  /** The unit, e.g. "mm"; empty for a fraction. */
  public String unit() {
    return unit;
  }

  /** The short name with its unit, a table's heading: "Depth (mm)", "Fraction in capsule". */
  public String heading() {
    return unit.isEmpty() ? shortLabel : shortLabel + " (" + unit + ")";
  }

  /** The plan's value in {@link #unit()}, or null when it has none ({@link #absent}). */
  public Double of(Plan p) {
    Number n = value.apply(p);
    return n == null ? null : n.doubleValue();
  }

  /** The value with its unit at the figure's decimals, e.g. "23.4 mm", "1.00 mL". */
  public String format(double v) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v) + (unit.isEmpty() ? "" : " " + unit);
  }

  /** The plan's value with its unit, or the text saying why there is none. */
  public String text(Plan p) {
    Double v = of(p);
    return v != null ? format(v) : absent(p).text();
  }

  /**
   * Why the plan has no value, for a figure it may lack: the depth and the path on a single
   * fluoroscopy view (or a second view without a skin point) or on an uncalibrated image, the
   * clearance without a calibration or a structure to avoid, the bolus without millimetres, the
   * cells without a dose.
   */
  public Absent absent(Plan p) {
    boolean mm = p.calibration().isCalibrated();
    return switch (this) {
      case DEPTH -> !p.hasKnownDepth() ? unknownDepth(p) : new Absent("n/a", "uncalibrated");
      case PATH_LENGTH -> !p.hasKnownDepth() ? new Absent("unknown", "down the beam: the depth")
          : new Absent("n/a", "uncalibrated");
      case CLEARANCE -> new Absent("not measured", !mm ? "no calibration" : "no structure to avoid");
      case BOLUS_RADIUS -> new Absent("n/a", "uncalibrated");
      case CELLS, CELLS_TO_CAPSULE -> new Absent("n/a", "no dose");
      default -> new Absent("n/a", "not in the plan");
    };
  }

  private static Absent unknownDepth(Plan p) {
    return new Absent("unknown", p.triangulation() == null ? "single view" : "no skin point in the second view");
  }

  /**
   * What the figure rests on, as the report states it: the calibration (and the second view, the
   * structure), the reference of the angle, the literature for the volume and the cells.
   */
  public String basis(Plan p) {
    String cal = p.calibration().describe();
    return switch (this) {
      case DEPTH -> !p.hasKnownDepth() ? UNKNOWN_DEPTH_BASIS : p.triangulation() == null ? cal
          : cal + "; along the beam, from the skin seen in the second view";
      case ANGLE -> p.angleReference() == null ? "to the image horizontal" : "to the " + p.angleReference();
      case PATH_LENGTH -> !p.hasKnownDepth() ? UNKNOWN_DEPTH_BASIS : cal;
      case CLEARANCE -> p.avoid() == null ? cal : cal + "; to " + p.avoid()
          + (p.entry().distancePx(p.target()) < 1e-9 ? " (in the image plane: a projection)" : "");
      case VOLUME -> p.deposition().source() == null ? "plan" : p.deposition().source();
      case BOLUS_RADIUS -> "sphere of the volume; " + cal;
      case FRACTION_IN_CAPSULE -> "bolus sphere against the capsule outline";
      case CELLS -> p.dose() == null || p.dose().source() == null ? "plan" : p.dose().source();
      case CELLS_TO_CAPSULE -> p.dose() != null && p.dose().toCapsule() != null
          ? "viable cells delivered x bolus fraction in capsule" : "cells x bolus fraction in capsule";
    };
  }
}
