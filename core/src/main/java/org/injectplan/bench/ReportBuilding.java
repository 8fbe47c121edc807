package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import org.injectplan.plan.Plan;
import org.injectplan.report.IntensityProfile;
import org.injectplan.report.KeyImage;
import org.injectplan.report.ReportInput;
import org.injectplan.report.ReportPdf;
import org.injectplan.scan.Scan;

/**
 * Times building the report PDF with its images, in-process: decoding the planned frame, the key
 * image with its overlay, the intensity profile and the PDF/A document.
 */
public final class ReportBuilding {
  private ReportBuilding() {
  }

  /**
   * Milliseconds of each of the runs, in order (the first includes class loading and font parsing).
   *
   * @param decodeMs decoding the planned frame (the scan loader's share)
   * @param buildMs the key image, the profile and the PDF from the decoded frame
   */
  public record Timing(double[] decodeMs, double[] buildMs) {
  }

  public static Timing time(Plan plan, Scan scan, int runs) throws IOException {
    double[] decode = new double[runs];
    double[] build = new double[runs];
    long bytes = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      ImageProcessor frame = scan.frame(plan.frame());
      long t1 = System.nanoTime();
      BufferedImage key = KeyImage.render(frame, plan);
      IntensityProfile profile = IntensityProfile.along(frame, plan.entry(), plan.target(), plan.calibration());
      bytes += ReportPdf.build(new ReportInput(plan, scan.identity(), false, Instant.now()), key, profile).pdf().length;
      decode[i] = (t1 - t0) / 1e6;
      build[i] = (System.nanoTime() - t1) / 1e6;
    }
    if (bytes == 0) {
      throw new IllegalStateException("no PDF was built");
    }
    return new Timing(decode, build);
  }
}
