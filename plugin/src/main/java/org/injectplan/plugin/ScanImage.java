package org.injectplan.plugin;

import ij.ImagePlus;
import ij.ImageStack;
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
 * What ties an image in ImageJ to InjectPlan: the scan file it came from, the calibration Open
 * Scan gave it, the sample it is (if any), and the last plan made on it, kept as image properties
 * ({@code Property.get(key)} in a macro; saved with the image as TIFF). The commands work on the
 * image as shown ({@link #open}): its pixels and its calibration, the scan file only for what the
 * pixels do not carry (identity, modality, header, the ultrasound regions).
 */
final class ScanImage {
  /** Absolute path of the DICOM file the image was opened from. */
  static final String SCAN_KEY = "InjectPlan.scan";
  /** The sample's id, e.g. knee-us, when the image is a sample. */
  static final String SAMPLE_KEY = "InjectPlan.sample";
  /** The last plan made on the image, as plan JSON. */
  static final String PLAN_KEY = "InjectPlan.plan";
  /** The spacing Open Scan calibrated the image with, "X Y" in mm per pixel, or "none". */
  static final String CALIBRATION_KEY = "InjectPlan.calibration";

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

  /**
   * The image's scan as shown (the caller closes it): the image's pixels, every frame of the
   * stack, and its calibration ({@link ShownCalibration}); identity, modality and header from the
   * scan file. An image whose size or frame count no longer matches its scan (resized, cropped,
   * slices added or removed) is refused with the reason.
   */
  static Scan open(ImagePlus imp) throws BadScanException {
    Scan file = ScanLoader.open(scanFile(imp));
    try {
      refuseChanged(imp, file);
      ImageStack stack = imp.getStack();
      return file.asShown(i -> stack.getProcessor(i + 1).duplicate(), ShownCalibration.of(imp, file));
    } catch (RuntimeException e) {
      closeQuietly(file, e);
      throw e;
    }
  }

  /** Refuses an image that is no longer its scan's frames: another size or another frame count. */
  static void refuseChanged(ImagePlus imp, Scan scan) {
    String name = scan.file().getFileName().toString();
    if (imp.getWidth() != scan.columns() || imp.getHeight() != scan.rows()) {
      throw new IllegalArgumentException(imp.getTitle() + " is " + imp.getWidth() + "x" + imp.getHeight()
          + " pixels but its scan " + name + " is " + scan.columns() + "x" + scan.rows() + " (resized or cropped):"
          + " plans are made on the scan's frames, where its calibration and regions apply; reopen it with Open Scan");
    }
    if (imp.getStackSize() != scan.frameCount()) {
      throw new IllegalArgumentException(imp.getTitle() + " has " + imp.getStackSize() + " slice(s) but its scan "
          + name + " has " + scan.frameCount() + " frame(s) (slices added or removed): reopen it with Open Scan");
    }
  }

  private static void closeQuietly(Scan scan, Exception cause) {
    try {
      scan.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
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
