package org.injectplan.scan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The physical size of a scan's pixels, with where it came from: the one place where pixels
 * become millimetres. Ultrasound calibration belongs to a region: a point outside every
 * calibrated 2D region has no millimetres, and a measurement between two regions is refused.
 * Every other source is uniform over the frame.
 */
public final class Calibration {

  /** The spacing that applies at a point, with its source and, for ultrasound, its region. */
  public record Spacing(double mmPerPixelX, double mmPerPixelY, CalibrationSource source,
      Optional<UltrasoundRegion> region) {
  }

  private final CalibrationSource source;
  private final double mmPerPixelX;
  private final double mmPerPixelY;
  private final List<UltrasoundRegion> regions;
  private final UltrasoundRegion primary;
  private final String note;
  private final String implausible;

  private Calibration(CalibrationSource source, double mmPerPixelX, double mmPerPixelY,
      List<UltrasoundRegion> regions, UltrasoundRegion primary, String note) {
    this(source, mmPerPixelX, mmPerPixelY, regions, primary, note, null);
  }

  private Calibration(CalibrationSource source, double mmPerPixelX, double mmPerPixelY,
      List<UltrasoundRegion> regions, UltrasoundRegion primary, String note, String implausible) {
    this.source = source;
    this.mmPerPixelX = mmPerPixelX;
    this.mmPerPixelY = mmPerPixelY;
    this.regions = List.copyOf(regions);
    this.primary = primary;
    this.note = note;
    this.implausible = implausible;
  }

  /**
   * This calibration, checked against the frame it applies to ({@link CalibrationPlausibility}):
   * the same spacing and source, with the warning when no scanner could have recorded it.
   */
  public Calibration checkedFor(int columns, int rows, boolean xray) {
    String w = CalibrationPlausibility.check(this, columns, rows, xray).orElse(null);
    return new Calibration(source, mmPerPixelX, mmPerPixelY, regions, primary, note, w);
  }

  /**
   * Why the millimetres of this calibration are doubtful (a figure no scanner records), or empty;
   * every output that gives millimetres from it carries this warning.
   */
  public Optional<String> implausibility() {
    return Optional.ofNullable(implausible);
  }

  /** Not calibrated; {@code why} says what was missing. */
  public static Calibration none(String why, List<UltrasoundRegion> regions) {
    return new Calibration(CalibrationSource.NONE, Double.NaN, Double.NaN, regions, null, why);
  }

  /** Uniform spacing over the frame from a non-region source. */
  public static Calibration uniform(CalibrationSource source, double mmPerPixelX, double mmPerPixelY, String note) {
    if (source == CalibrationSource.NONE || source == CalibrationSource.US_REGION) {
      throw new IllegalArgumentException("not a uniform source: " + source);
    }
    requirePositive(mmPerPixelX, "mmPerPixelX");
    requirePositive(mmPerPixelY, "mmPerPixelY");
    return new Calibration(source, mmPerPixelX, mmPerPixelY, List.of(), null, note);
  }

  /**
   * From the Sequence of Ultrasound Regions: the calibrated 2D regions (units cm) apply where
   * they lie; the largest is the primary one, reported for the whole scan.
   */
  public static Calibration ultrasound(List<UltrasoundRegion> regions) {
    Optional<UltrasoundRegion> largest = regions.stream()
        .filter(UltrasoundRegion::isSpatialCm)
        .max(Comparator.comparingLong(UltrasoundRegion::area));
    if (largest.isEmpty()) {
      return none(regions.size() + " ultrasound region(s), none a 2D region in centimetres", regions);
    }
    UltrasoundRegion p = largest.get();
    long calibrated = regions.stream().filter(UltrasoundRegion::isSpatialCm).count();
    return new Calibration(CalibrationSource.US_REGION, p.mmPerPixelX(), p.mmPerPixelY(), regions, p,
        "region " + p.index() + " of " + regions.size() + " (" + calibrated + " calibrated in cm)");
  }

  /**
   * A manual calibration: a line from (x0,y0) to (x1,y1) in pixels is {@code lengthMm} long.
   * Pixels are taken as square.
   */
  public static Calibration manual(double x0, double y0, double x1, double y1, double lengthMm) {
    double px = Math.hypot(x1 - x0, y1 - y0);
    if (!(px > 0)) {
      throw new IllegalArgumentException("manual calibration line has no length: (" + x0 + "," + y0 + ")");
    }
    requirePositive(lengthMm, "lengthMm");
    double mm = lengthMm / px;
    return new Calibration(CalibrationSource.MANUAL, mm, mm, List.of(), null,
        String.format("line of %.1f px = %.2f mm", px, lengthMm));
  }

  public CalibrationSource source() {
    return source;
  }

  public boolean isCalibrated() {
    return source != CalibrationSource.NONE;
  }

  /** The primary spacing (NaN when not calibrated). */
  public double mmPerPixelX() {
    return mmPerPixelX;
  }

  public double mmPerPixelY() {
    return mmPerPixelY;
  }

  /** Every region of the Sequence of Ultrasound Regions, calibrated or not. */
  public List<UltrasoundRegion> regions() {
    return regions;
  }

  /** The region whose spacing is reported for the scan, for ultrasound. */
  public Optional<UltrasoundRegion> primaryRegion() {
    return Optional.ofNullable(primary);
  }

  /** What the calibration rests on, or why there is none. */
  public String note() {
    return note;
  }

  /** True where the spacing is at the X-ray detector, not in the patient. */
  public boolean isAtDetector() {
    return source == CalibrationSource.IMAGER_PIXEL_SPACING;
  }

  /** The spacing at a pixel position, if any applies there. */
  public Optional<Spacing> spacingAt(double x, double y) {
    return switch (source) {
      case NONE -> Optional.empty();
      case US_REGION -> regions.stream()
          .filter(r -> r.isSpatialCm() && r.contains(x, y))
          .findFirst()
          .map(r -> new Spacing(r.mmPerPixelX(), r.mmPerPixelY(), source, Optional.of(r)));
      default -> Optional.of(new Spacing(mmPerPixelX, mmPerPixelY, source, Optional.empty()));
    };
  }

  /**
   * The distance in millimetres between two pixel positions.
   *
   * @throws IllegalArgumentException when the scan is not calibrated, a point lies outside every
   *     calibrated ultrasound region, or the two points lie in different regions
   */
  public double distanceMm(double x0, double y0, double x1, double y1) {
    Spacing a = spacingAt(x0, y0).orElseThrow(() -> noMillimetres(x0, y0));
    Spacing b = spacingAt(x1, y1).orElseThrow(() -> noMillimetres(x1, y1));
    if (!a.region().equals(b.region())) {
      throw new IllegalArgumentException(String.format(
          "measurement from (%.1f, %.1f) to (%.1f, %.1f) crosses ultrasound regions %d and %d",
          x0, y0, x1, y1, a.region().get().index(), b.region().get().index()));
    }
    return Math.hypot((x1 - x0) * a.mmPerPixelX(), (y1 - y0) * a.mmPerPixelY());
  }

  private IllegalArgumentException noMillimetres(double x, double y) {
    if (source == CalibrationSource.NONE) {
      return new IllegalArgumentException("the scan is not calibrated (" + note + "): no millimetres");
    }
    return new IllegalArgumentException(String.format(
        "(%.1f, %.1f) lies outside every calibrated ultrasound region", x, y));
  }

  private static void requirePositive(double v, String name) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite: " + v);
    }
  }

  @Override
  public String toString() {
    return isCalibrated()
        ? String.format("%.4f x %.4f mm/pixel (%s; %s)", mmPerPixelX, mmPerPixelY, source, note)
        : "not calibrated (" + note + ")";
  }
}
