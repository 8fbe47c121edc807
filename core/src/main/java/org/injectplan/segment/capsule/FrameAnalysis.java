package org.injectplan.segment.capsule;

import ij.process.ImageProcessor;
import java.util.Optional;
import org.injectplan.image.BoxMean;
import org.injectplan.image.Components;
import org.injectplan.image.Otsu;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.UltrasoundRegion;
import org.injectplan.segment.GreyWindow;

/**
 * The first, per-frame stage of the ultrasound segmenter, independent of any other frame (so a
 * cine's frames are analysed in parallel): the search window (the calibrated ultrasound region,
 * or the whole frame when there is none), the speckle-filtered echogenicity, the dark threshold
 * (Otsu's, on the filtered values), and the connected dark components, which are the candidate
 * fluid spaces.
 */
public final class FrameAnalysis {
  private final int frameWidth;
  private final int frameHeight;
  private final GreyWindow window;
  private final double mmPerPixelX;
  private final double mmPerPixelY;
  private final boolean calibrated;
  private final float[] smooth;
  private final double threshold;
  private final Components dark;

  private FrameAnalysis(ImageProcessor ip, GreyWindow window, double mmX, double mmY, boolean calibrated,
      CapsuleParams p) {
    this.frameWidth = ip.getWidth();
    this.frameHeight = ip.getHeight();
    this.window = window;
    this.mmPerPixelX = mmX;
    this.mmPerPixelY = mmY;
    this.calibrated = calibrated;
    int r = Math.max(1, (int) Math.round(p.smoothingRadiusMm() / Math.min(mmX, mmY)));
    this.smooth = BoxMean.filter(window.grey(), window.width(), window.height(), r);
    this.threshold = Otsu.threshold(smooth);
    boolean[] fg = new boolean[smooth.length];
    for (int i = 0; i < fg.length; i++) {
      fg[i] = smooth[i] < threshold;
    }
    this.dark = Components.label(fg, window.width(), window.height());
  }

  /**
   * Analyses a frame inside its calibrated ultrasound region. Without a calibrated region the
   * whole frame is the window and a pixel counts as {@code fallbackMmPerPixel} millimetres for
   * the filter sizes only (no millimetres are reported for it).
   */
  public static FrameAnalysis of(ImageProcessor ip, Calibration cal, CapsuleParams p, double fallbackMmPerPixel) {
    Optional<UltrasoundRegion> region = cal.primaryRegion().filter(UltrasoundRegion::isSpatialCm);
    if (region.isPresent()) {
      UltrasoundRegion r = region.get();
      return new FrameAnalysis(ip, GreyWindow.of(ip, r.x0(), r.y0(), r.x1(), r.y1()), r.mmPerPixelX(),
          r.mmPerPixelY(), true, p);
    }
    if (cal.isCalibrated() && cal.regions().isEmpty()) {
      return new FrameAnalysis(ip, GreyWindow.of(ip), cal.mmPerPixelX(), cal.mmPerPixelY(), true, p);
    }
    if (!(fallbackMmPerPixel > 0)) {
      throw new IllegalArgumentException("fallbackMmPerPixel must be positive: " + fallbackMmPerPixel);
    }
    return new FrameAnalysis(ip, GreyWindow.of(ip), fallbackMmPerPixel, fallbackMmPerPixel, false, p);
  }

  public GreyWindow window() {
    return window;
  }

  public float[] smooth() {
    return smooth;
  }

  public double threshold() {
    return threshold;
  }

  public Components dark() {
    return dark;
  }

  public double mmPerPixelX() {
    return mmPerPixelX;
  }

  public double mmPerPixelY() {
    return mmPerPixelY;
  }

  /** Whether millimetres are real (a calibrated region or spacing), not the fallback. */
  public boolean isCalibrated() {
    return calibrated;
  }

  public int frameWidth() {
    return frameWidth;
  }

  public int frameHeight() {
    return frameHeight;
  }

  /** Area of one pixel in mm². */
  public double pixelAreaMm2() {
    return mmPerPixelX * mmPerPixelY;
  }
}
