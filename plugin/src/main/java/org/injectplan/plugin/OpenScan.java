package org.injectplan.plugin;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.OpenDialog;
import ij.measure.Calibration;
import ij.plugin.PlugIn;
import ij.process.ImageProcessor;
import java.awt.Color;
import java.nio.file.Path;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.scan.UltrasoundRegion;

/**
 * Plugins &gt; Injection Planner &gt; Open Scan...: opens a US or XA/RF scan (compressed too)
 * through the core loader. A cine becomes a stack with its frame interval; the image is
 * calibrated in mm only when the scan is, with the source in the image's info; the ultrasound
 * regions are drawn as an overlay, the calibrated one in yellow.
 */
public class OpenScan implements PlugIn {
  static final Color CALIBRATED_REGION = Color.YELLOW;
  static final Color OTHER_REGION = Color.GRAY;

  @Override
  public void run(String arg) {
    String path = arg == null || arg.isBlank() ? new OpenDialog("Open Scan...").getPath() : arg;
    if (path == null) {
      return; // cancelled
    }
    Commands.run("Open Scan", () -> open(Path.of(path)).show());
  }

  /** The scan as an ImagePlus, every frame decoded (in parallel), calibrated as the scan is. */
  public static ImagePlus open(Path file) throws BadScanException {
    try (Scan scan = ScanLoader.open(file)) {
      ImageStack stack = new ImageStack(scan.columns(), scan.rows(), scan.frameCount());
      ImageProcessor[] frames = new ImageProcessor[scan.frameCount()];
      BadScanException[] failure = new BadScanException[1];
      java.util.stream.IntStream.range(0, frames.length).parallel().forEach(i -> {
        try {
          frames[i] = scan.frame(i);
        } catch (BadScanException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      for (int i = 0; i < frames.length; i++) {
        stack.setProcessor(frames[i], i + 1);
        stack.setSliceLabel("frame " + (i + 1), i + 1); // as ImageJ numbers slices
      }
      ImagePlus imp = new ImagePlus(file.getFileName().toString(), stack);
      imp.setCalibration(calibration(scan));
      imp.setOverlay(regions(scan));
      imp.setProperty("Info", info(scan));
      imp.setProp(ScanImage.SCAN_KEY, file.toAbsolutePath().toString());
      imp.setProp(ScanImage.CALIBRATION_KEY, ShownCalibration.property(scan.calibration()));
      return imp;
    } catch (java.io.IOException e) {
      if (e instanceof BadScanException b) {
        throw b;
      }
      throw new BadScanException(file, "cannot be closed: " + e.getMessage(), e);
    }
  }

  static Calibration calibration(Scan scan) {
    Calibration cal = new Calibration();
    org.injectplan.scan.Calibration c = scan.calibration();
    if (c.isCalibrated()) {
      cal.pixelWidth = c.mmPerPixelX();
      cal.pixelHeight = c.mmPerPixelY();
      cal.setUnit("mm");
    }
    if (scan.frameTimeMs().isPresent()) {
      cal.frameInterval = scan.frameTimeMs().getAsDouble() / 1000.0;
      cal.setTimeUnit("sec");
    }
    return cal;
  }

  static Overlay regions(Scan scan) {
    Overlay overlay = new Overlay();
    org.injectplan.scan.Calibration c = scan.calibration();
    for (UltrasoundRegion r : c.regions()) {
      Roi roi = new Roi(r.x0(), r.y0(), r.x1() - r.x0() + 1, r.y1() - r.y0() + 1);
      boolean primary = c.primaryRegion().map(p -> p.index() == r.index()).orElse(false);
      roi.setStrokeColor(primary ? CALIBRATED_REGION : OTHER_REGION);
      roi.setName("US region " + r.index() + (r.isSpatialCm() ? " (mm)" : ""));
      overlay.add(roi);
    }
    return overlay;
  }

  static String info(Scan scan) {
    org.injectplan.scan.Calibration c = scan.calibration();
    StringBuilder b = new StringBuilder();
    b.append("InjectPlan scan: ").append(scan.file()).append('\n');
    b.append("Modality: ").append(scan.modality()).append('\n');
    b.append("Calibration source: ").append(c.source()).append('\n');
    b.append("Calibration: ").append(c).append('\n');
    if (c.source() == CalibrationSource.NONE) {
      b.append("Measurements are in pixels: the scan records no physical calibration.\n");
    }
    for (String note : scan.notes()) {
      b.append("Note: ").append(note).append('\n');
    }
    return b.toString();
  }
}
