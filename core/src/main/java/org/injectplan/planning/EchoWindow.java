package org.injectplan.planning;

import ij.process.ImageProcessor;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.BoxMean;
import org.injectplan.segment.GreyWindow;

/**
 * The image region of an ultrasound frame (the primary ultrasound region, else the frame) as
 * grey levels smoothed over about 0.3 mm (a speckle grain), the input of {@link BoneFinder} and
 * {@link VesselFinder}. Window coordinates: (0, 0) is frame pixel ({@code x0}, {@code y0}).
 */
record EchoWindow(int x0, int y0, int width, int height, float[] smooth, double mmPerPixel, int frameWidth,
    int frameHeight) {
  /** Smoothing radius of the speckle filter, mm (InjectPlan convention: about one speckle grain). */
  static final double SMOOTHING_MM = 0.3;

  static EchoWindow of(ImageProcessor frame, Calibration cal) {
    int x0 = 0;
    int y0 = 0;
    int x1 = frame.getWidth() - 1;
    int y1 = frame.getHeight() - 1;
    var region = cal.primaryRegion();
    if (region.isPresent()) {
      x0 = region.get().x0();
      y0 = region.get().y0();
      x1 = region.get().x1();
      y1 = region.get().y1();
    }
    GreyWindow g = GreyWindow.of(frame, x0, y0, x1, y1);
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY()) : PIXEL_MM_UNCALIBRATED;
    int r = Math.max(1, (int) Math.round(SMOOTHING_MM / mm));
    return new EchoWindow(g.x0(), g.y0(), g.width(), g.height(), BoxMean.filter(g.grey(), g.width(), g.height(), r),
        mm, frame.getWidth(), frame.getHeight());
  }

  /** Pixel size assumed for the filter sizes of an uncalibrated frame, mm (a typical linear probe). */
  static final double PIXEL_MM_UNCALIBRATED = 0.1;

  float at(int x, int y) {
    return smooth[y * width + x];
  }

  int px(double mm) {
    return Math.max(1, (int) Math.round(mm / mmPerPixel));
  }

  /** A full-frame mask from a window-sized one. */
  BinaryMask toFrame(boolean[] in) {
    boolean[] out = new boolean[frameWidth * frameHeight];
    for (int y = 0; y < height; y++) {
      System.arraycopy(in, y * width, out, (y + y0) * frameWidth + x0, width);
    }
    return new BinaryMask(frameWidth, frameHeight, out);
  }

  /** The q-quantile (0..1) of the smoothed values where {@code use} is true (all when null). */
  double quantile(boolean[] exclude, double q) {
    int[] hist = new int[257];
    int n = 0;
    for (int i = 0; i < smooth.length; i++) {
      if (exclude == null || !exclude[i]) {
        hist[Math.min(256, Math.max(0, Math.round(smooth[i])))]++;
        n++;
      }
    }
    long want = (long) Math.ceil(q * n);
    long seen = 0;
    for (int v = 0; v < hist.length; v++) {
      seen += hist[v];
      if (seen >= want && seen > 0) {
        return v;
      }
    }
    return 0;
  }
}
