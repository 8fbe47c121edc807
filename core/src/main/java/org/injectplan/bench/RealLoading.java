package org.injectplan.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.Scan;

/**
 * Section of {@code bench real}: every file loads through the ordinary loader with the
 * calibration FILES.tsv states; decoding time per frame.
 */
public final class RealLoading implements RealBenchSection {
  /** Relative agreement asked of the loaded calibration with FILES.tsv's (it has 5 digits). */
  static final double CALIBRATION_TOLERANCE = 1e-3;

  @Override
  public String title() {
    return "loading with the FILES.tsv calibration";
  }

  @Override
  public void run(String set, List<RealFrame> frames, PrintWriter out) {
    int loaded = 0;
    int agree = 0;
    double ms = 0;
    StringBuilder problems = new StringBuilder();
    for (RealFrame f : frames) {
      long t0 = System.nanoTime();
      try (Scan scan = f.open()) {
        scan.frame(0);
        ms += (System.nanoTime() - t0) / 1e6;
        loaded++;
        String why = disagreement(f, scan.calibration());
        if (why.isEmpty()) {
          agree++;
        } else {
          problems.append(String.format("    %s: %s%n", f.name(), why));
        }
      } catch (java.io.IOException e) {
        problems.append(String.format("    %s: not loaded: %s%n", f.name(), e.getMessage()));
      }
    }
    out.printf(Locale.ROOT, "  %d of %d files load, %d with the FILES.tsv calibration; %.1f ms per file"
        + " (open + decode)%n", loaded, frames.size(), agree, ms / Math.max(1, loaded));
    out.print(problems);
  }

  /** Empty when the loaded calibration is FILES.tsv's; otherwise what differs. */
  static String disagreement(RealFrame f, Calibration c) {
    if (!c.isCalibrated()) {
      return "not calibrated (" + c.note() + ")";
    }
    double[] mid = {(f.region()[0] + f.region()[2]) / 2.0, (f.region()[1] + f.region()[3]) / 2.0};
    var s = c.spacingAt(mid[0], mid[1]);
    if (s.isEmpty()) {
      return "no calibration at the middle of the region";
    }
    double x = s.get().mmPerPixelX();
    double y = s.get().mmPerPixelY();
    if (Math.abs(x / f.mmPerPixel() - 1) > CALIBRATION_TOLERANCE
        || Math.abs(y / f.mmPerPixel() - 1) > CALIBRATION_TOLERANCE) {
      return String.format(Locale.ROOT, "%.5f x %.5f mm/px loaded, FILES.tsv says %.5f", x, y, f.mmPerPixel());
    }
    return "";
  }
}
