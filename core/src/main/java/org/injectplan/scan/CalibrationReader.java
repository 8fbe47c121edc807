package org.injectplan.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;

/**
 * Reads a scan's calibration from its header, by the rules of docs/conventions.md: the
 * Sequence of Ultrasound Regions first (Pixel Spacing only where there is no region); for
 * projection X-ray, Imager Pixel Spacing corrected by the Estimated Radiographic Magnification
 * Factor or by SID/SOD, else labelled at the detector; then Pixel Spacing.
 */
public final class CalibrationReader {
  private CalibrationReader() {
  }

  /**
   * The calibration of the header's frames, checked for plausibility against their size
   * ({@link Calibration#implausibility()}).
   */
  public static Calibration read(Header h) {
    Calibration c = uncheckedRead(h);
    String modality = h.string(DicomTags.MODALITY).orElse("");
    boolean xray = XRAY_MODALITIES.contains(modality) || c.source() == CalibrationSource.IMAGER_PIXEL_SPACING
        || c.source() == CalibrationSource.MAGNIFICATION_CORRECTED;
    return c.checkedFor(h.integer(DicomTags.COLUMNS).orElse(0), h.integer(DicomTags.ROWS).orElse(0), xray);
  }

  /** Projection X-ray modalities, whose fields are bounded by the detector's size. */
  private static final java.util.Set<String> XRAY_MODALITIES = java.util.Set.of("XA", "RF", "DX", "CR", "MG", "RG",
      "PX", "IO");

  private static Calibration uncheckedRead(Header h) {
    List<UltrasoundRegion> regions = regions(h);
    if (!regions.isEmpty()) {
      return Calibration.ultrasound(regions);
    }
    OptionalDouble ipsRow = h.decimal(DicomTags.IMAGER_PIXEL_SPACING, 0);
    OptionalDouble ipsCol = h.decimal(DicomTags.IMAGER_PIXEL_SPACING, 1);
    if (positive(ipsRow) && positive(ipsCol)) {
      return imagerPixelSpacing(h, ipsCol.getAsDouble(), ipsRow.getAsDouble());
    }
    OptionalDouble psRow = h.decimal(DicomTags.PIXEL_SPACING, 0);
    OptionalDouble psCol = h.decimal(DicomTags.PIXEL_SPACING, 1);
    if (positive(psRow) && positive(psCol)) {
      return Calibration.uniform(CalibrationSource.PIXEL_SPACING, psCol.getAsDouble(), psRow.getAsDouble(),
          "Pixel Spacing (0028,0030)");
    }
    return Calibration.none("no Ultrasound Regions, Pixel Spacing or Imager Pixel Spacing", List.of());
  }

  /** Imager Pixel Spacing is row\column: y first. */
  private static Calibration imagerPixelSpacing(Header h, double x, double y) {
    OptionalDouble factor = h.decimal(DicomTags.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION_FACTOR);
    if (factor.isPresent() && factor.getAsDouble() >= 1.0) {
      double m = factor.getAsDouble();
      return Calibration.uniform(CalibrationSource.MAGNIFICATION_CORRECTED, x / m, y / m, String.format(
          "Imager Pixel Spacing / Estimated Radiographic Magnification Factor %.4f", m));
    }
    OptionalDouble sid = h.decimal(DicomTags.DISTANCE_SOURCE_TO_DETECTOR);
    OptionalDouble sod = h.decimal(DicomTags.DISTANCE_SOURCE_TO_PATIENT);
    if (positive(sid) && positive(sod) && sod.getAsDouble() <= sid.getAsDouble()) {
      double m = sid.getAsDouble() / sod.getAsDouble();
      return Calibration.uniform(CalibrationSource.MAGNIFICATION_CORRECTED, x / m, y / m, String.format(
          "Imager Pixel Spacing x SOD/SID (%.1f/%.1f mm, magnification %.4f)",
          sod.getAsDouble(), sid.getAsDouble(), m));
    }
    return Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, x, y,
        "Imager Pixel Spacing at the detector: not corrected for magnification");
  }

  static List<UltrasoundRegion> regions(Header h) {
    List<UltrasoundRegion> out = new ArrayList<>();
    List<Header> items = h.items(DicomTags.SEQUENCE_OF_ULTRASOUND_REGIONS);
    for (int i = 0; i < items.size(); i++) {
      Header r = items.get(i);
      OptionalInt x0 = r.integer(DicomTags.REGION_LOCATION_MIN_X0);
      OptionalInt y0 = r.integer(DicomTags.REGION_LOCATION_MIN_Y0);
      OptionalInt x1 = r.integer(DicomTags.REGION_LOCATION_MAX_X1);
      OptionalInt y1 = r.integer(DicomTags.REGION_LOCATION_MAX_Y1);
      if (x0.isEmpty() || y0.isEmpty() || x1.isEmpty() || y1.isEmpty()) {
        continue; // a region without a location cannot be placed
      }
      out.add(new UltrasoundRegion(i + 1, x0.getAsInt(), y0.getAsInt(), x1.getAsInt(), y1.getAsInt(),
          r.integer(DicomTags.REGION_SPATIAL_FORMAT).orElse(0),
          r.integer(DicomTags.REGION_DATA_TYPE).orElse(0),
          r.integer(DicomTags.PHYSICAL_UNITS_X_DIRECTION).orElse(0),
          r.integer(DicomTags.PHYSICAL_UNITS_Y_DIRECTION).orElse(0),
          r.decimal(DicomTags.PHYSICAL_DELTA_X).orElse(0),
          r.decimal(DicomTags.PHYSICAL_DELTA_Y).orElse(0)));
    }
    return out;
  }

  private static boolean positive(OptionalDouble v) {
    return v.isPresent() && v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble());
  }
}
