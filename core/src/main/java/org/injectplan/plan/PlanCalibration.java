package org.injectplan.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;

/**
 * The calibration the plan's millimetres rest on, as the loader read it.
 *
 * @param mmPerPixelX millimetres per pixel across, {@code null} when not calibrated
 * @param mmPerPixelY millimetres per pixel down, {@code null} when not calibrated
 * @param source where the millimetres come from ({@code NONE}: pixels only)
 * @param region {@code [x0, y0, x1, y1]} of the ultrasound region, or empty
 */
public record PlanCalibration(Double mmPerPixelX, Double mmPerPixelY, CalibrationSource source,
    List<Integer> region) {
  public PlanCalibration {
    if (source == null) {
      throw new IllegalArgumentException("calibration.source is missing");
    }
    if (source == CalibrationSource.NONE) {
      if (mmPerPixelX != null || mmPerPixelY != null) {
        throw new IllegalArgumentException("calibration.source is NONE but mmPerPixelX/Y are given");
      }
    } else {
      if (mmPerPixelX == null || mmPerPixelY == null) {
        throw new IllegalArgumentException("calibration.mmPerPixelX/Y are missing for source " + source);
      }
      PlanChecks.requirePositive(mmPerPixelX, "calibration.mmPerPixelX");
      PlanChecks.requirePositive(mmPerPixelY, "calibration.mmPerPixelY");
    }
    region = PlanChecks.copy(region, "calibration.region");
    if (!region.isEmpty() && region.size() != 4) {
      throw new IllegalArgumentException("calibration.region must be [x0, y0, x1, y1]: " + region);
    }
  }

  /** The plan calibration of a loaded scan's primary calibration. */
  public static PlanCalibration of(Calibration c) {
    if (!c.isCalibrated()) {
      return new PlanCalibration(null, null, CalibrationSource.NONE, List.of());
    }
    List<Integer> region = c.primaryRegion()
        .map(r -> List.of(r.x0(), r.y0(), r.x1(), r.y1()))
        .orElse(List.of());
    return new PlanCalibration(c.mmPerPixelX(), c.mmPerPixelY(), c.source(), region);
  }

  @JsonIgnore
  public boolean isCalibrated() {
    return source != CalibrationSource.NONE;
  }

  /** How the report names the source: what the millimetres rest on. */
  @JsonIgnore
  public String describe() {
    return source.describe();
  }
}
