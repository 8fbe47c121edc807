package org.injectplan.segment.structures;

import ij.process.ImageProcessor;
import org.injectplan.image.BoxMean;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.GreyWindow;

/**
 * The image region of an ultrasound frame (the primary ultrasound region, else the frame) as
 * grey levels smoothed over about 0.3 mm (a speckle grain), the input of {@link BoneFinder} and
 * {@link VesselFinder}. Pixels finer than {@link #BIN_BELOW_MM} are first averaged in 2 x 2 bins
 * (the structures sought are millimetres across; this quarters the work). Window coordinates:
 * window pixel (0, 0) covers frame pixels from ({@code x0}, {@code y0}), {@code bin} on a side.
 */
record EchoWindow(int x0, int y0, int width, int height, int bin, float[] smooth, double mmPerPixel, int frameWidth,
    int frameHeight) {
  /** Smoothing radius of the speckle filter, mm (InjectPlan convention: about one speckle grain). */
  static final double SMOOTHING_MM = 0.3;
  /** Pixels smaller than this (mm) are binned 2 x 2. */
  static final double BIN_BELOW_MM = 0.15;

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
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY()) : PIXEL_MM_UNCALIBRATED;
    int bin = mm < BIN_BELOW_MM ? 2 : 1;
    GreyWindow g = bin == 2 && frame instanceof ij.process.ByteProcessor ? null : GreyWindow.of(frame, x0, y0, x1, y1);
    if (g == null) {
      return binnedBytes(frame, x0, y0, x1, y1, mm);
    }
    int w = (g.width() + bin - 1) / bin;
    int h = (g.height() + bin - 1) / bin;
    int[] grey = bin == 1 ? g.grey() : binned(g, bin, w, h);
    int r = Math.max(1, (int) Math.round(SMOOTHING_MM / (mm * bin)));
    return new EchoWindow(g.x0(), g.y0(), w, h, bin, BoxMean.filter(grey, w, h, r), mm * bin, frame.getWidth(),
        frame.getHeight());
  }

  /** 8-bit frames binned 2 x 2 straight from their bytes (the common case; no intermediate copy). */
  private static EchoWindow binnedBytes(ImageProcessor frame, int x0, int y0, int x1, int y1, double mm) {
    int a = Math.max(0, x0);
    int b = Math.max(0, y0);
    int c = Math.min(frame.getWidth() - 1, x1);
    int d = Math.min(frame.getHeight() - 1, y1);
    if (c < a || d < b) {
      throw new IllegalArgumentException("region [" + x0 + "," + y0 + "," + x1 + "," + y1 + "] lies outside the frame");
    }
    byte[] px = (byte[]) frame.getPixels();
    int fw = frame.getWidth();
    int w = (c - a + 2) / 2;
    int h = (d - b + 2) / 2;
    int[] grey = new int[w * h];
    for (int wy = 0; wy < h; wy++) {
      int ya = b + 2 * wy;
      int yb = Math.min(d, ya + 1);
      for (int wx = 0; wx < w; wx++) {
        int xa = a + 2 * wx;
        int xb = Math.min(c, xa + 1);
        int sum = (px[ya * fw + xa] & 0xFF) + (px[ya * fw + xb] & 0xFF) + (px[yb * fw + xa] & 0xFF)
            + (px[yb * fw + xb] & 0xFF);
        grey[wy * w + wx] = (sum + 2) / 4;
      }
    }
    int r = Math.max(1, (int) Math.round(SMOOTHING_MM / (mm * 2)));
    return new EchoWindow(a, b, w, h, 2, BoxMean.filter(grey, w, h, r), mm * 2, frame.getWidth(),
        frame.getHeight());
  }

  private static int[] binned(GreyWindow g, int bin, int w, int h) {
    int[] sum = new int[w * h];
    int[] n = new int[w * h];
    for (int y = 0; y < g.height(); y++) {
      int row = (y / bin) * w;
      for (int x = 0; x < g.width(); x++) {
        sum[row + x / bin] += g.grey()[y * g.width() + x];
        n[row + x / bin]++;
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] = (sum[i] + n[i] / 2) / n[i];
    }
    return sum;
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
  Mask toFrame(boolean[] in) {
    int wx0 = width;
    int wy0 = height;
    int wx1 = -1;
    int wy1 = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0, i = y * width; x < width; x++, i++) {
        if (in[i]) {
          wx0 = Math.min(wx0, x);
          wx1 = Math.max(wx1, x);
          wy0 = Math.min(wy0, y);
          wy1 = y;
        }
      }
    }
    if (wx1 < 0) {
      return Mask.empty(frameWidth, frameHeight);
    }
    int fx0 = x0 + wx0 * bin;
    int fx1 = Math.min(frameWidth - 1, x0 + (wx1 + 1) * bin - 1);
    int fy0 = y0 + wy0 * bin;
    int fy1 = Math.min(frameHeight - 1, y0 + (wy1 + 1) * bin - 1);
    // Written over the frame box of the window's bounds only: nothing lies outside it.
    int bw = fx1 - fx0 + 1;
    boolean[] out = new boolean[bw * (fy1 - fy0 + 1)];
    for (int fy = fy0; fy <= fy1; fy++) {
      int row = ((fy - y0) / bin) * width;
      for (int wx = wx0; wx <= wx1; wx++) {
        if (in[row + wx]) {
          int fx = x0 + wx * bin;
          for (int k = 0; k < bin && fx + k <= fx1; k++) {
            out[(fy - fy0) * bw + fx + k - fx0] = true;
          }
        }
      }
    }
    return Mask.ofBox(frameWidth, frameHeight, fx0, fy0, bw, fy1 - fy0 + 1, out);
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
