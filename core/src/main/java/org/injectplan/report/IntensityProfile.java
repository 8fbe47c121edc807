package org.injectplan.report;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.PlanCalibration;

/**
 * Image intensity along the needle path, from entry to target: what the needle passes through.
 * Values are bilinearly interpolated displayed values (luminance for colour), one sample per
 * pixel of path length.
 *
 * @param distance distance from the entry of each sample, in {@link #unit}
 * @param value the intensity at each sample
 * @param unit "mm" when calibrated, else "px"
 */
public record IntensityProfile(double[] distance, double[] value, String unit) {
  public IntensityProfile {
    if (distance.length != value.length || distance.length < 2) {
      throw new IllegalArgumentException("a profile needs >= 2 samples of distance and value: "
          + distance.length + ", " + value.length);
    }
    distance = distance.clone();
    value = value.clone();
  }

  public static IntensityProfile along(ImageProcessor frame, PixelPoint entry, PixelPoint target,
      PlanCalibration cal) {
    ImageProcessor ip = frame instanceof ColorProcessor c ? c.convertToByteProcessor() : frame;
    double lengthPx = entry.distancePx(target);
    int n = Math.max(2, (int) Math.ceil(lengthPx) + 1);
    double[] d = new double[n];
    double[] v = new double[n];
    double dx = target.xPx() - entry.xPx();
    double dy = target.yPx() - entry.yPx();
    double mmPerPxAlong = cal.isCalibrated()
        ? Math.hypot(dx * cal.mmPerPixelX(), dy * cal.mmPerPixelY()) / Math.max(lengthPx, 1e-12)
        : 1;
    for (int i = 0; i < n; i++) {
      double f = i / (double) (n - 1);
      double x = entry.xPx() + f * dx;
      double y = entry.yPx() + f * dy;
      d[i] = f * lengthPx * mmPerPxAlong;
      v[i] = ip.getInterpolatedValue(x, y);
    }
    return new IntensityProfile(d, v, cal.isCalibrated() ? "mm" : "px");
  }

  public double maxValue() {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : value) {
      m = Math.max(m, x);
    }
    return m;
  }

  public double length() {
    return distance[distance.length - 1];
  }
}
