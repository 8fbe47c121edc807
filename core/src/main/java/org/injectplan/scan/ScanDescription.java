package org.injectplan.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.injectplan.dicom.TransferSyntaxes;

/**
 * The description of a scan in the keys of the {@code info} contract (docs/cli.md), as an
 * ordered map for JSON, and as text with units for people.
 */
public final class ScanDescription {
  private ScanDescription() {
  }

  public static Map<String, Object> of(Scan s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", s.file().toString());
    m.put("modality", s.modality());
    m.put("sopClassUid", s.sopClassUid());
    m.put("sopInstanceUid", s.identity().sopInstanceUid());
    m.put("studyInstanceUid", s.identity().studyInstanceUid());
    m.put("transferSyntaxUid", s.transferSyntaxUid());
    m.put("transferSyntaxName", TransferSyntaxes.nameOf(s.transferSyntaxUid()));
    m.put("rows", s.rows());
    m.put("columns", s.columns());
    m.put("frames", s.frameCount());
    m.put("photometric", s.format().photometric());
    m.put("samplesPerPixel", s.format().samplesPerPixel());
    m.put("bitsAllocated", s.format().bitsAllocated());
    m.put("bitsStored", s.format().bitsStored());
    m.put("frameTimeMs", s.frameTimeMs().isPresent() ? s.frameTimeMs().getAsDouble() : null);
    m.put("calibration", calibration(s.calibration()));
    m.put("notes", s.notes());
    return m;
  }

  static Map<String, Object> calibration(Calibration c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mmPerPixelX", c.isCalibrated() ? c.mmPerPixelX() : null);
    m.put("mmPerPixelY", c.isCalibrated() ? c.mmPerPixelY() : null);
    m.put("source", c.source().name());
    c.primaryRegion().ifPresent(r -> m.put("region", List.of(r.x0(), r.y0(), r.x1(), r.y1())));
    m.put("atDetector", c.isAtDetector());
    m.put("note", c.note());
    if (!c.regions().isEmpty()) {
      List<Map<String, Object>> regions = new ArrayList<>();
      for (UltrasoundRegion r : c.regions()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("index", r.index());
        rm.put("bounds", List.of(r.x0(), r.y0(), r.x1(), r.y1()));
        rm.put("spatialFormat", r.spatialFormat());
        rm.put("dataType", r.dataType());
        rm.put("unitsX", r.unitsX());
        rm.put("unitsY", r.unitsY());
        rm.put("physicalDeltaX", r.deltaX());
        rm.put("physicalDeltaY", r.deltaY());
        rm.put("calibrated", r.isSpatialCm());
        regions.add(rm);
      }
      m.put("regions", regions);
    }
    return m;
  }

  /** A few lines for a person: every measurement with its unit and its source. */
  public static String text(Scan s) {
    StringBuilder b = new StringBuilder();
    b.append(s.file()).append('\n');
    b.append(String.format("  modality        %s (SOP class %s)%n", s.modality(), s.sopClassUid()));
    b.append(String.format("  transfer syntax %s (%s)%n", s.transferSyntaxUid(),
        TransferSyntaxes.nameOf(s.transferSyntaxUid())));
    b.append(String.format("  size            %d x %d pixels, %d frame(s), %s, %d of %d bits%n",
        s.columns(), s.rows(), s.frameCount(), s.format().photometric(), s.format().bitsStored(),
        s.format().bitsAllocated()));
    if (s.frameTimeMs().isPresent()) {
      b.append(String.format("  frame time      %.2f ms (%.1f frames/s)%n", s.frameTimeMs().getAsDouble(),
          1000 / s.frameTimeMs().getAsDouble()));
    }
    Calibration c = s.calibration();
    if (c.isCalibrated()) {
      b.append(String.format("  calibration     %.5f x %.5f mm/pixel, %s (%s)%n", c.mmPerPixelX(),
          c.mmPerPixelY(), c.source(), c.note()));
      c.primaryRegion().ifPresent(r -> b.append(String.format(
          "  region          x %d..%d, y %d..%d pixels%n", r.x0(), r.x1(), r.y0(), r.y1())));
    } else {
      b.append("  calibration     none: measurements in pixels only (" + c.note() + ")\n");
    }
    for (String n : s.notes()) {
      b.append("  note            ").append(n).append('\n');
    }
    return b.toString();
  }
}
