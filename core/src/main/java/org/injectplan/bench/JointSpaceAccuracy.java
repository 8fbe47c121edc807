package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.jointspace.CentreLine;
import org.injectplan.segment.jointspace.JointDirection;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;

/**
 * Accuracy and speed of the fluoroscopy joint-space detector on one sample case folder
 * ({@code <dir>/<id>/<id>.dcm} and its truth mask {@code masks/joint-space-f00.png}). The truth
 * centre line is the truth mask's centre line by the same rule as the detector's
 * ({@link CentreLine#of}); the error is {@link CentreLine#meanDistanceMm}, the mean symmetric
 * distance between the two lines in the header's millimetres. Seeded mode clicks the middle point
 * of the truth centre line; automatic mode has the direction the header implies ({@link JointDirection}). Speed: one core, the frame decoded beforehand, best of the repeats.
 */
public final class JointSpaceAccuracy {
  /** One mode's figures: centre-line error (infinite when nothing was found) and candidate targets in the truth. */
  public record ModeFigures(double centreLineErrorMm, int targets, int targetsInTruth, String reason) {
  }

  /** The figures of one case. */
  public record CaseFigures(String id, ModeFigures automatic, ModeFigures seeded, double msPerFrame) {
  }

  private JointSpaceAccuracy() {
  }

  /** Measures a case with the given parameters; {@code repeats} timed runs of automatic mode (the best is kept). */
  public static CaseFigures measure(Path samplesDir, String id, JointSpaceParams params, int repeats)
      throws IOException, BadScanException {
    Path dir = samplesDir.resolve(id);
    Mask truth = MaskPng.read(dir.resolve("masks/joint-space-f00.png"));
    List<double[]> truthLine = CentreLine.of(truth);
    if (truthLine.isEmpty()) {
      throw new IOException(dir + ": empty joint-space truth mask");
    }
    double[] click = truthLine.get(truthLine.size() / 2);
    JointSpaceDetector det = new JointSpaceDetector(params);
    try (Scan scan = ScanLoader.open(dir.resolve(id + ".dcm"))) {
      ImageProcessor frame = scan.frame(0);
      double mmX = scan.calibration().mmPerPixelX();
      double mmY = scan.calibration().mmPerPixelY();
      OptionalDouble direction = JointDirection.of(scan.header());
      ModeFigures auto = figures(det.detect(frame, scan.calibration(), 0, Optional.empty(), direction), truth,
          truthLine, mmX, mmY);
      ModeFigures seeded = figures(det.detect(frame, scan.calibration(), 0, Optional.of(click)), truth, truthLine, mmX,
          mmY);
      double best = Double.MAX_VALUE;
      for (int r = 0; r < Math.max(1, repeats); r++) {
        long t0 = System.nanoTime();
        det.detect(frame, scan.calibration(), 0, Optional.empty(), direction);
        best = Math.min(best, (System.nanoTime() - t0) / 1e6);
      }
      return new CaseFigures(id, auto, seeded, best);
    }
  }

  private static ModeFigures figures(JointSpaceDetector.Result r, Mask truth, List<double[]> truthLine, double mmX,
      double mmY) {
    if (!r.outcome().isFound()) {
      return new ModeFigures(Double.POSITIVE_INFINITY, 0, 0, r.outcome().reason());
    }
    int in = 0;
    for (double[] t : r.targetsPx()) {
      in += truth.get((int) Math.floor(t[0]), (int) Math.floor(t[1])) ? 1 : 0;
    }
    return new ModeFigures(CentreLine.meanDistanceMm(r.centreLinePx(), truthLine, mmX, mmY), r.targetsPx().size(), in,
        "");
  }
}
