package org.injectplan.plan.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.injectplan.plan.Plan;
import org.injectplan.plan.FrameDigest;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.Provenance;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;

/**
 * The plan against its scan: the UIDs it names, the planned frame, the calibration, and the
 * digests of the scan file and of the planned frame's pixels that its provenance records.
 */
final class ScanChecks {
  private final Plan plan;
  private final Scan scan;

  ScanChecks(Plan plan, Scan scan) {
    this.plan = plan;
    this.scan = scan;
  }

  List<Check> all() throws IOException {
    List<Check> out = new ArrayList<>();
    out.add(same("scan.sopInstanceUid", plan.scan().sopInstanceUid(), scan.identity().sopInstanceUid()));
    out.add(same("scan.studyInstanceUid", plan.scan().studyInstanceUid(), scan.identity().studyInstanceUid()));
    out.add(Check.of("frame", String.valueOf(plan.frame()), "0.." + (scan.frameCount() - 1),
        plan.frame() < scan.frameCount(), "the scan's frames"));
    out.addAll(calibration());
    out.addAll(digests(plan.frame() < scan.frameCount()));
    return out;
  }

  /** The digests of the scan file and of the planned frame's pixels, when the plan records them. */
  private List<Check> digests(boolean frameExists) throws IOException {
    Provenance p = plan.provenance();
    if (p == null) {
      return List.of(Check.notChecked("provenance.scanSha256", "null", "the plan records no digest of its scan"));
    }
    List<Check> out = new ArrayList<>();
    String file = FrameDigest.ofFile(scan.file());
    out.add(Check.of("provenance.scanSha256", p.scanSha256(), file, p.scanSha256().equals(file),
        "SHA-256 of the scan file"));
    out.add(Check.of("provenance.frameColumns/frameRows", p.frameColumns() + " x " + p.frameRows(),
        scan.columns() + " x " + scan.rows(), p.frameColumns() == scan.columns() && p.frameRows() == scan.rows(),
        "the scan's header"));
    if (frameExists) {
      String pixels = FrameDigest.ofPixels(scan.frame(plan.frame()));
      out.add(Check.of("provenance.framePixelsSha256", p.framePixelsSha256(), pixels,
          p.framePixelsSha256().equals(pixels), "the planned frame as decoded"));
    }
    return out;
  }

  private static Check same(String key, String stated, String derived) {
    return Check.of(key, stated, derived, Objects.equals(stated, derived), "the scan's header");
  }

  private List<Check> calibration() {
    List<Check> out = new ArrayList<>();
    PlanCalibration stated = plan.calibration();
    if (stated.source() == CalibrationSource.MANUAL && !scan.calibration().isCalibrated()) {
      out.add(Check.notChecked("calibration", stated.source().name(), "a manual calibration on an uncalibrated scan:"
          + " not the scan's own"));
      return out;
    }
    PlanCalibration own = PlanCalibration.of(scan.calibration());
    out.add(Check.of("calibration.source", stated.source().name(), own.source().name(),
        stated.source() == own.source(), "the scan's calibration"));
    out.add(spacing("calibration.mmPerPixelX", stated.mmPerPixelX(), own.mmPerPixelX()));
    out.add(spacing("calibration.mmPerPixelY", stated.mmPerPixelY(), own.mmPerPixelY()));
    out.add(Check.of("calibration.region", stated.region().toString(), own.region().toString(),
        stated.region().equals(own.region()), "the scan's primary ultrasound region"));
    return out;
  }

  private static Check spacing(String key, Double stated, Double derived) {
    boolean holds = stated == null ? derived == null : derived != null
        && Tolerances.nearRelative(stated, derived, Tolerances.CALIBRATION_RELATIVE);
    return Check.of(key, Figures.of(stated), Figures.of(derived), holds, "the scan's calibration, relative +/- "
        + Tolerances.CALIBRATION_RELATIVE);
  }
}
