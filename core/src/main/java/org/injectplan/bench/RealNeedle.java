package org.injectplan.bench;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.samples.NeedleFrameSet;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.segment.needle.NeedleDetection;
import org.injectplan.segment.needle.NeedleLineDetector;

/**
 * The needle detector measured: on the simulated needle set ({@link NeedleFrameSet}, truth from the
 * simulation's geometry) and its needle-free copies, and on real frames without a needle (planned
 * paths through the image, {@link #PATHS_PER_FRAME} per frame), with the candidate detector
 * {@link NeedleLineDetector} (bone found in the image left out, as the command line's check does).
 */
public final class RealNeedle {
  /** Goals of issue 11: angle within this, tip within {@link #TIP_GOAL_MM}. */
  public static final double ANGLE_GOAL_DEG = 2.0;
  public static final double TIP_GOAL_MM = 1.0;
  /** Paths on each real frame: from the left and the right end of the skin line, to two targets. */
  public static final int PATHS_PER_FRAME = 4;

  /** One simulated frame's outcome: found, angle and tip error, and a report on the needle-free copy. */
  public record SimResult(String name, boolean found, double angleErrDeg, double tipErrMm, boolean falseOnFree,
      NeedleFrameSet.Frame frame, Optional<NeedleDetection> detection) {
    public boolean withinGoal() {
      return found && angleErrDeg <= ANGLE_GOAL_DEG && tipErrMm <= TIP_GOAL_MM;
    }
  }

  /** A needle reported on a real frame without one. */
  public record FalseReport(String file, PixelPoint entry, PixelPoint target, NeedleDetection detection) {
  }

  private RealNeedle() {
  }

  /** Runs the detector on every frame of the set and on its needle-free copy. */
  public static List<SimResult> simulated(List<NeedleFrameSet.Frame> set) {
    List<SimResult> out = new ArrayList<>();
    for (NeedleFrameSet.Frame f : set) {
      Calibration cal = Calibration.uniform(CalibrationSource.PIXEL_SPACING, f.mmPerPixel(), f.mmPerPixel(),
          "simulated needle set");
      PixelPoint entry = new PixelPoint(f.plannedEntryXPx(), f.region()[1]);
      PixelPoint target = new PixelPoint(f.plannedTargetXPx(), f.plannedTargetYPx());
      Optional<NeedleDetection> d = detect(f, f.withNeedle(), cal, entry, target);
      Optional<NeedleDetection> free = detect(f, f.withoutNeedle(), cal, entry, target);
      double angleErr = d.map(n -> Math.abs(n.angleDeg() - f.angleDeg())).orElse(Double.NaN);
      double tipErr = d.map(n -> Math.hypot(n.tip().xPx() - f.tipXPx(), n.tip().yPx() - f.tipYPx()) * f.mmPerPixel())
          .orElse(Double.NaN);
      out.add(new SimResult(f.name(), d.isPresent(), angleErr, tipErr, free.isPresent(), f, d));
    }
    return out;
  }

  private static Optional<NeedleDetection> detect(NeedleFrameSet.Frame f, byte[] pixels, Calibration cal,
      PixelPoint entry, PixelPoint target) {
    ImageProcessor ip = new ByteProcessor(f.columns(), f.rows(), pixels.clone());
    int[] r = f.region();
    return NeedleLineDetector.check(ip, cal, entry, target, r[0], r[2] + 1, r[1], Mask.empty(f.columns(), f.rows()));
  }

  /**
   * The planned paths on a real frame's region {x0, y0, x1, y1}: entries at the two ends of the skin
   * line (the region's top row), targets at the region's centre and at a third of its depth below
   * the centre column; {entryX, entryY, targetX, targetY} each.
   */
  public static List<double[]> paths(int[] region) {
    double cx = (region[0] + region[2] + 1) / 2.0;
    double y0 = region[1];
    double h = region[3] + 1 - region[1];
    List<double[]> out = new ArrayList<>();
    for (double ex : new double[] {region[0], region[2] + 1}) {
      out.add(new double[] {ex, y0, cx, y0 + h / 2});
      out.add(new double[] {ex, y0, cx, y0 + h / 3});
    }
    return out;
  }

  /** Every needle reported on the frames (which hold none), over {@link #paths} of each. */
  public static List<FalseReport> falseReports(List<RealFrame> frames) throws IOException, BadScanException {
    List<FalseReport> out = new ArrayList<>();
    for (RealFrame f : frames) {
      try (Scan scan = f.open()) {
        ImageProcessor ip = scan.frame(0);
        int[] r = f.region();
        Mask none = Mask.empty(ip.getWidth(), ip.getHeight());
        for (double[] p : paths(r)) {
          PixelPoint entry = new PixelPoint(p[0], p[1]);
          PixelPoint target = new PixelPoint(p[2], p[3]);
          Optional<NeedleDetection> d = NeedleLineDetector.check(ip, scan.calibration(), entry, target, r[0], r[2] + 1, r[1],
              none);
          d.ifPresent(n -> out.add(new FalseReport(f.name(), entry, target, n)));
        }
      }
    }
    return out;
  }
}
