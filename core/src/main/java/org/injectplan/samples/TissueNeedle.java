package org.injectplan.samples;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import java.util.Random;

/**
 * A simulated needle composited onto a real B-mode frame (8-bit display), so that what surrounds
 * it (fascia, tendon, muscle, vessels, the depth's attenuation) is real and the needle's geometry
 * is known. Physics, in the echo-amplitude domain (the display is taken as log-compressed over
 * {@link #DISPLAY_RANGE_DB}):
 * <ul>
 * <li>the shaft is a specular reflector: head on (parallel to the transducer face) it returns
 * {@link #HEAD_ON_DB} above the tissue's mean echo at its depth (the frame's own depth profile,
 * so it is attenuated as the tissue is), falling off as the insonation angle grows
 * (a Gaussian lobe of {@link #SPECULAR_LOBE_DEG}), never below the diffuse echo of the steel
 * ({@link #DIFFUSE_DB}); the look's brightness (a shaft slightly out of plane) scales it;</li>
 * <li>over the last few mm ({@link NeedleLook}) it tapers, may split into the cannula's two walls
 * ({@link NeedleEcho#WALL_MM} thick, one diameter apart, the lumen dark) and break into pieces;
 * the bevel may return a bright point;</li>
 * <li>below the shaft, {@link #REVERBERATIONS} reverberation copies, one wall-to-wall distance
 * along the beam ({@code diameter / cos(angle)}) apart, each {@link #REVERB_DB} below the last;</li>
 * <li>the echo is blurred by the point-spread function (axial and lateral FWHM in mm) and added to
 * the tissue's echo in random phase (speckle where the two are comparable), with a slow
 * fluctuation along the shaft ({@link #ALONG_SIGMA_DB} over about 1 mm);</li>
 * <li>a gain change shifts the whole frame's display by {@code gainDb} (clipped at 0 and 255).</li>
 * </ul>
 *
 * @param entryXPx where the needle's axis crosses the skin line (may lie outside the region)
 * @param tipXPx the true tip
 * @param tipYPx the true tip
 * @param diameterMm outer diameter (22G: 0.72 mm)
 * @param look how the echo fades towards the tip
 * @param gainDb gain change applied to the whole frame
 */
public record TissueNeedle(double entryXPx, double tipXPx, double tipYPx, double diameterMm, NeedleLook look,
    double gainDb) {
  /** Display dynamic range assumed for the real frames' log compression (255 levels). */
  public static final double DISPLAY_RANGE_DB = 60;
  public static final double HEAD_ON_DB = 26;
  public static final double SPECULAR_LOBE_DEG = 35;
  public static final double DIFFUSE_DB = 9;
  public static final int REVERBERATIONS = 3;
  public static final double REVERB_DB = 8;
  public static final double AXIAL_FWHM_MM = 0.25;
  public static final double LATERAL_FWHM_MM = 0.5;
  public static final double ALONG_SIGMA_DB = 2.0;
  /** The rows of the frame's depth profile are averaged over this depth. */
  static final double PROFILE_SMOOTH_MM = 2.0;

  /** A 22G needle of a look drawn from the ranges seen on real frames ({@link NeedleLook#random}). */
  public static TissueNeedle random(double entryXPx, double tipXPx, double tipYPx, double gainDb, Random r) {
    return new TissueNeedle(entryXPx, tipXPx, tipYPx, NeedleEcho.DIAMETER_22G_MM, NeedleLook.random(r), gainDb);
  }

  /** The look as JSON text (for naming the frame's truth). */
  public String lookJson() {
    return look.toJson().toString();
  }

  /** The angle to the skin line, degrees, for a skin line at row {@code skinYPx}. */
  public double angleDeg(double skinYPx) {
    return Math.toDegrees(Math.atan2(tipYPx - skinYPx, Math.abs(tipXPx - entryXPx)));
  }

  /**
   * The frame with the needle in it (8-bit, row-major), and with {@link #gainDb} applied.
   *
   * @param region {x0, y0, x1, y1} inclusive; y0 is the skin line
   * @param seed the draws of the speckle and the fluctuation along the shaft
   */
  public byte[] composite(byte[] frame, int width, int height, int[] region, double mmPerPixel, long seed) {
    Random r = new Random(seed);
    float[] tissue = amplitude(frame, width, height, gainDb);
    double[] ref = depthReference(tissue, width, region, mmPerPixel);
    float[] needle = render(width, height, region, mmPerPixel, ref, r);
    blur(needle, width, height, mmPerPixel);
    byte[] out = new byte[frame.length];
    double perLevel = DISPLAY_RANGE_DB / 255;
    for (int i = 0; i < out.length; i++) {
      double a = tissue[i];
      double n = needle[i];
      double phase = 2 * Math.PI * r.nextDouble();
      double sum = Math.sqrt(Math.max(0, a * a + n * n + 2 * a * n * Math.cos(phase)));
      double v = sum <= 0 ? 0 : 20 * Math.log10(sum) / perLevel;
      out[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
    return out;
  }

  /** The same frame without a needle, with {@link #gainDb} applied (the needle-free copy). */
  public byte[] withoutNeedle(byte[] frame) {
    byte[] out = new byte[frame.length];
    double shift = gainDb * 255 / DISPLAY_RANGE_DB;
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Math.max(0, Math.min(255, Math.round((frame[i] & 0xff) + shift)));
    }
    return out;
  }

  /** Echo amplitude of each pixel (display inverted, the gain applied): 10^(dB / 20). */
  private static float[] amplitude(byte[] frame, int width, int height, double gainDb) {
    float[] a = new float[width * height];
    double perLevel = DISPLAY_RANGE_DB / 255;
    double shift = gainDb * 255 / DISPLAY_RANGE_DB;
    for (int i = 0; i < a.length; i++) {
      double level = Math.max(0, Math.min(255, (frame[i] & 0xff) + shift));
      a[i] = level <= 0 ? 0 : (float) Math.pow(10, level * perLevel / 20);
    }
    return a;
  }

  /** The tissue's mean echo amplitude at each row (over the region's columns, smoothed in depth). */
  private static double[] depthReference(float[] a, int width, int[] region, double mmPerPixel) {
    int rows = region[3] + 1;
    double[] mean = new double[rows];
    for (int y = region[1]; y < rows; y++) {
      double s = 0;
      for (int x = region[0]; x <= region[2]; x++) {
        s += a[y * width + x];
      }
      mean[y] = s / (region[2] - region[0] + 1);
    }
    int half = (int) Math.round(PROFILE_SMOOTH_MM / 2 / mmPerPixel);
    double[] out = new double[rows];
    for (int y = region[1]; y < rows; y++) {
      double s = 0;
      int n = 0;
      for (int j = Math.max(region[1], y - half); j <= Math.min(rows - 1, y + half); j++) {
        s += mean[j];
        n++;
      }
      out[y] = s / n;
    }
    return out;
  }

  /** The shaft's echo over the tissue's mean, dB, at the shaft's insonation angle (beam straight down). */
  public double shaftDb(double skinYPx) {
    double theta = angleDeg(skinYPx) / SPECULAR_LOBE_DEG;
    double specular = HEAD_ON_DB - 20 * Math.log10(Math.E) * theta * theta;
    return Math.max(DIFFUSE_DB, specular) + 20 * Math.log10(look.brightness());
  }

  /** The needle's echo amplitude (before the point-spread function) at each pixel of the region. */
  private float[] render(int width, int height, int[] region, double mm, double[] ref, Random r) {
    float[] out = new float[width * height];
    double skinY = region[1];
    double lenPx = Math.hypot(tipXPx - entryXPx, tipYPx - skinY);
    double ux = (tipXPx - entryXPx) / lenPx;
    double uy = (tipYPx - skinY) / lenPx;
    double radiusMm = diameterMm / 2;
    double shaft = Math.pow(10, shaftDb(skinY) / 20);
    double[] along = fluctuation((int) Math.ceil(lenPx) + 2, mm, r);
    double tipPoint = look.tipGain() * Math.pow(10, HEAD_ON_DB / 20);
    for (int y = region[1]; y <= Math.min(height - 1, region[3]); y++) {
      for (int x = region[0]; x <= region[2]; x++) {
        double px = x + 0.5 - entryXPx;
        double py = y + 0.5 - skinY;
        double alongPx = px * ux + py * uy;
        double acrossMm = (-px * uy + py * ux) * mm;
        double toTipMm = (lenPx - alongPx) * mm;
        double v = 0;
        if (tipPoint > 0 && Math.hypot(toTipMm, acrossMm) <= radiusMm && toTipMm >= -radiusMm / 2) {
          v = tipPoint;
        } else if (Math.abs(acrossMm) <= radiusMm && toTipMm >= 0) {
          boolean wall = !look.split(toTipMm) || Math.abs(acrossMm) >= radiusMm - NeedleEcho.WALL_MM;
          v = wall ? shaft * look.fraction(toTipMm) : 0;
        } else {
          v = shaft * reverberation(x + 0.5 - entryXPx, py, ux, uy, lenPx, mm);
        }
        if (v > 0) {
          int k = (int) Math.max(0, Math.min(along.length - 1, Math.round(alongPx)));
          out[y * width + x] = (float) (v * along[k] * ref[y]);
        }
      }
    }
    return out;
  }

  /**
   * The reverberation at a pixel (dx, dy from the skin entry, px) as a fraction of the shaft's echo:
   * copy k lies k wall-to-wall distances along the beam ({@code diameter / cos}) below the shaft's
   * axis, {@link NeedleEcho#WALL_MM} thick, {@code k x REVERB_DB} fainter, and fades as the shaft
   * above it does (0 where there is none).
   */
  private double reverberation(double dx, double dy, double ux, double uy, double lenPx, double mm) {
    double alongAxisPx = dx / ux;
    if (alongAxisPx < 0 || alongAxisPx > lenPx) {
      return 0;
    }
    double belowMm = (dy - alongAxisPx * uy) * mm;
    double stepMm = diameterMm / Math.abs(ux);
    int copy = (int) Math.rint(belowMm / stepMm);
    if (copy < 1 || copy > REVERBERATIONS || Math.abs(belowMm - copy * stepMm) > NeedleEcho.WALL_MM) {
      return 0;
    }
    return look.fraction((lenPx - alongAxisPx) * mm) * Math.pow(10, -copy * REVERB_DB / 20);
  }

  /** A slow multiplicative fluctuation along the shaft: lognormal, ALONG_SIGMA_DB, correlated over about 1 mm. */
  private static double[] fluctuation(int n, double mm, Random r) {
    int half = (int) Math.max(1, Math.round(0.5 / mm));
    double[] white = new double[n + 2 * half];
    for (int i = 0; i < white.length; i++) {
      white[i] = r.nextGaussian();
    }
    double norm = Math.sqrt(2 * half + 1);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j <= 2 * half; j++) {
        s += white[i + j];
      }
      out[i] = Math.pow(10, ALONG_SIGMA_DB * s / norm / 20);
    }
    return out;
  }

  /** The point-spread function: Gaussian, axial (vertical) and lateral FWHM. */
  private static void blur(float[] a, int width, int height, double mm) {
    FloatProcessor fp = new FloatProcessor(width, height, a);
    double toSigma = 1 / (2 * Math.sqrt(2 * Math.log(2)));
    new GaussianBlur().blurGaussian(fp, LATERAL_FWHM_MM * toSigma / mm, AXIAL_FWHM_MM * toSigma / mm, 0.002);
    System.arraycopy((float[]) fp.getPixels(), 0, a, 0, a.length);
  }
}
