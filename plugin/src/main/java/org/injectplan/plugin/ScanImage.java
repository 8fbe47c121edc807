package org.injectplan.plugin;

import ij.ImagePlus;
import ij.io.FileInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * What ties an image in ImageJ to InjectPlan: the scan file it came from, the sample it is (if
 * any), and the last plan made on it, kept as image properties ({@code Property.get(key)} in a
 * macro; saved with the image as TIFF). The core workflow reopens the scan from its file for its
 * calibration (ultrasound regions included) and identity.
 */
final class ScanImage {
  /** Absolute path of the DICOM file the image was opened from. */
  static final String SCAN_KEY = "InjectPlan.scan";
  /** The sample's id, e.g. knee-us, when the image is a sample. */
  static final String SAMPLE_KEY = "InjectPlan.sample";
  /** The last plan made on the image, as plan JSON. */
  static final String PLAN_KEY = "InjectPlan.plan";

  private ScanImage() {
  }

  /** The scan file of the image: from Open Scan, or the file ImageJ's own DICOM reader opened. */
  static Path scanFile(ImagePlus imp) {
    String p = imp.getProp(SCAN_KEY);
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    FileInfo fi = imp.getOriginalFileInfo();
    if (fi != null && fi.fileName != null && fi.directory != null && !fi.directory.isBlank()) {
      Path f = Path.of(fi.directory, fi.fileName);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    throw new IllegalArgumentException(imp.getTitle() + " was not opened from a scan file: open it with"
        + " Plugins > Injection Planner > Open Scan (or Open Sample)");
  }

  /** Opens the image's scan (the caller closes it). */
  static Scan open(ImagePlus imp) throws BadScanException {
    return ScanLoader.open(scanFile(imp));
  }

  /** The current frame, from 0 (a cine is a stack with one slice a frame). */
  static int frame(ImagePlus imp) {
    return imp.getCurrentSlice() - 1;
  }

  static Optional<String> sample(ImagePlus imp) {
    return Optional.ofNullable(imp.getProp(SAMPLE_KEY)).filter(s -> !s.isBlank());
  }

  static void setPlan(ImagePlus imp, Plan plan) {
    imp.setProp(PLAN_KEY, PlanJson.toJson(plan));
  }

  /** The last plan made on the image, or empty when none was. */
  static Optional<Plan> plan(ImagePlus imp) throws IOException {
    String json = imp.getProp(PLAN_KEY);
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(json, imp.getTitle()));
  }

  /** Plan JSON text as a plan, checked as the core checks a plan file. */
  static Plan parse(String json, String what) throws IOException {
    try {
      return PlanJson.parse(json, Path.of(PLAN_KEY));
    } catch (org.injectplan.plan.BadPlanException e) {
      throw new IOException(what + ": the plan kept on the image is not valid: " + e.reason(), e);
    }
  }

  /** The last plan made on the image; refuses when there is none. */
  static Plan requirePlan(ImagePlus imp) throws IOException {
    return plan(imp).orElseThrow(() -> new IllegalArgumentException(imp.getTitle()
        + " has no plan yet: run Plugins > Injection Planner > Plan Trajectory first"));
  }
}
