package org.injectplan.segment;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.injectplan.scan.Calibration;

/**
 * The radiolucent joint space on a fluoroscopy frame: a band brighter (more transmitted) than the
 * denser articular surfaces on both sides of it. For each pixel and 12 orientations the lucency is
 * the smoothed value minus the brighter of the two values {@link JointSpaceParams#flankMm()} away
 * across the band; the pixels whose best lucency exceeds {@link JointSpaceParams#minContrast()} of
 * the image's range form candidate bands; automatic mode keeps the longest elongated one, seeded
 * mode the one under the click. The centre line is the band's skeleton ({@link CentreLine}); the
 * candidate targets are its middle and the points a quarter from either end.
 *
 * <p>Status: measured on the samples, it finds the facet joint's gap on the oblique view (the
 * one view where the gap is a lucent line); on the AP and lateral spine views and the hip AP the
 * joint space is not a lucent band it can find (docs/algorithms.md), so the command line does not
 * offer it yet.
 */
public final class JointSpaceDetector {
  /** Pixel size assumed for the filter sizes of an uncalibrated frame. */
  public static final double UNCALIBRATED_MM_PER_PIXEL = 0.3;
  private static final int ORIENTATIONS = 12;

  /** A detection: the mask (as a segmentation), its centre line and candidate targets, in frame pixels. */
  public record Result(SegmentOutcome outcome, List<double[]> centreLinePx, List<double[]> targetsPx) {
  }

  private final JointSpaceParams params;

  public JointSpaceDetector(JointSpaceParams params) {
    if (params == null) {
      throw new IllegalArgumentException("params must not be null");
    }
    this.params = params;
  }

  /** Detects the joint space on a frame, automatically or around a click. */
  public Result detect(ImageProcessor ip, Calibration cal, int frame, Optional<double[]> seedPx) {
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY()) : UNCALIBRATED_MM_PER_PIXEL;
    int w = ip.getWidth();
    int h = ip.getHeight();
    FloatProcessor f = ip.convertToFloatProcessor();
    new GaussianBlur().blurGaussian(f, params.smoothingMm() / mm);
    float[] v = (float[]) f.getPixels();
    double range = range(v);
    if (!(range > 0)) {
      return none("the frame is flat: no joint space");
    }
    float[] lucency = lucency(v, w, h, params.flankMm() / mm);
    boolean[] band = new boolean[v.length];
    double level = params.minContrast() * range;
    for (int i = 0; i < band.length; i++) {
      band[i] = lucency[i] > level;
    }
    Components c = Components.label(band, w, h);
    int label;
    if (seedPx.isPresent()) {
      double[] s = seedPx.get();
      if (!(s[0] >= 0 && s[1] >= 0 && s[0] < w && s[1] < h)) {
        throw new IllegalArgumentException(String.format("seed (%.1f, %.1f) lies outside the %dx%d frame", s[0], s[1],
            w, h));
      }
      label = c.nearestLabel((int) s[0], (int) s[1], (int) Math.ceil(params.flankMm() / mm));
      if (label == 0) {
        return none(String.format("no lucent band within %.1f mm of the seed (%.1f, %.1f)", params.flankMm(), s[0],
            s[1]));
      }
    } else {
      label = best(c, mm);
      if (label == 0) {
        return none(String.format("no lucent band at least %.0f mm long and %.0f times as long as wide",
            params.minLengthMm(), params.minElongation()));
      }
    }
    boolean[] in = core(c, label, lucency, w, h, seedPx);
    double sum = 0;
    for (int i = 0; i < in.length; i++) {
      sum += in[i] ? lucency[i] : 0;
    }
    Mask m = new Mask(w, h, in);
    double confidence = Math.min(1, sum / m.areaPx() / range / (4 * params.minContrast()));
    List<double[]> line = CentreLine.of(m);
    double areaMm2 = cal.isCalibrated() ? m.areaPx() * cal.mmPerPixelX() * cal.mmPerPixelY() : Double.NaN;
    Segmentation seg = new Segmentation(frame, Segmentation.Kind.JOINT_SPACE, m, areaMm2, confidence,
        seedPx.isPresent() ? "seeded lucent band" : "automatic: longest elongated lucent band");
    return new Result(SegmentOutcome.of(seg), line, targets(line));
  }

  /** Share of the band's 90th-percentile lucency that its core exceeds. */
  static final double CORE_SHARE = 0.5;

  /**
   * The band's core: its pixels whose lucency exceeds {@link #CORE_SHARE} of the band's 90th
   * percentile (the gap proper, not its lucent surroundings); the piece under the click, or the
   * largest piece.
   */
  private static boolean[] core(Components c, int label, float[] lucency, int w, int h, Optional<double[]> seedPx) {
    int n = c.blob(label).area();
    float[] values = new float[n];
    int k = 0;
    for (int i = 0; i < lucency.length; i++) {
      if (c.labels()[i] == label) {
        values[k++] = lucency[i];
      }
    }
    Arrays.sort(values);
    double level = CORE_SHARE * values[(int) (0.9 * (n - 1))];
    boolean[] strong = new boolean[lucency.length];
    for (int i = 0; i < strong.length; i++) {
      strong[i] = c.labels()[i] == label && lucency[i] > level;
    }
    Components pieces = Components.label(strong, w, h);
    int pick = 0;
    if (seedPx.isPresent()) {
      pick = pieces.nearestLabel((int) seedPx.get()[0], (int) seedPx.get()[1], 6);
    }
    if (pick == 0) {
      for (Components.Blob b : pieces.blobs()) {
        if (pick == 0 || b.area() > pieces.blob(pick).area()) {
          pick = b.label();
        }
      }
    }
    boolean[] in = new boolean[strong.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = pick != 0 && pieces.labels()[i] == pick;
    }
    Mask.fillHoles(in, w, h);
    return in;
  }

  private static Result none(String reason) {
    return new Result(SegmentOutcome.none(reason), List.of(), List.of());
  }

  /** Robust range: 99th minus 1st percentile of the non-zero values (collimator black excluded). */
  private static double range(float[] v) {
    float[] s = v.clone();
    Arrays.sort(s);
    int first = 0;
    while (first < s.length && s[first] <= 0) {
      first++;
    }
    if (first >= s.length - 1) {
      return 0;
    }
    int n = s.length - first;
    return s[first + (int) (0.99 * (n - 1))] - s[first + (int) (0.01 * (n - 1))];
  }

  /** Best over orientations of value minus the brighter flank at distance d across. */
  private static float[] lucency(float[] v, int w, int h, double d) {
    float[] out = new float[v.length];
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    for (int k = 0; k < ORIENTATIONS; k++) {
      double th = Math.PI * k / ORIENTATIONS;
      int dx = (int) Math.round(d * Math.cos(th));
      int dy = (int) Math.round(d * Math.sin(th));
      for (int y = 0; y < h; y++) {
        int ya = y + dy;
        int yb = y - dy;
        if (ya < 0 || yb < 0 || ya >= h || yb >= h) {
          continue;
        }
        for (int x = 0; x < w; x++) {
          int xa = x + dx;
          int xb = x - dx;
          if (xa < 0 || xb < 0 || xa >= w || xb >= w) {
            continue;
          }
          float a = v[ya * w + xa];
          float b = v[yb * w + xb];
          if (a <= 0 || b <= 0) {
            continue; // collimator: no surface there
          }
          float r = v[y * w + x] - Math.max(a, b);
          if (r > out[y * w + x]) {
            out[y * w + x] = r;
          }
        }
      }
    }
    return out;
  }

  /** The longest component that is long and elongated enough; 0 when none. */
  private int best(Components c, double mm) {
    int best = 0;
    double bestLength = 0;
    for (Components.Blob b : c.blobs()) {
      double[] axes = Moments.axes(c, b);
      double lengthMm = axes[0] * mm;
      if (lengthMm >= params.minLengthMm() && axes[0] >= params.minElongation() * Math.max(1, axes[1])
          && lengthMm > bestLength) {
        bestLength = lengthMm;
        best = b.label();
      }
    }
    return best;
  }

  /** The middle of the centre line and the points a quarter from either end. */
  private static List<double[]> targets(List<double[]> line) {
    List<double[]> t = new ArrayList<>();
    if (line.isEmpty()) {
      return t;
    }
    for (double q : new double[] {0.5, 0.25, 0.75}) {
      t.add(line.get((int) Math.round(q * (line.size() - 1))));
    }
    return t;
  }

}
