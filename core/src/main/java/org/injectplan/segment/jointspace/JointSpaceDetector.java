package org.injectplan.segment.jointspace;

import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.injectplan.image.Components;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;

/**
 * The radiolucent joint space on a fluoroscopy frame: a gap brighter (more transmitted) than the
 * denser articular surfaces on both sides of it. Steps: (1) a Gaussian noise filter; (2) the open
 * field inside the collimator blades ({@link OpenField}), less a margin; (3) the oriented lucency
 * ({@link LucencyFilter}: a short segment along the band minus the brighter of the two parallel
 * segments {@link JointSpaceParams#flankMm()} away); (4) the pixels whose lucency exceeds
 * {@link JointSpaceParams#minContrast()} of the frame's range form candidate bands; automatic mode
 * keeps, of the long and elongated ones, the one nearest the field's centre (the C-arm is
 * centred on the joint to inject), seeded mode the one under the click; (5) the band's core (its
 * stronger half), whose skeleton is the rough centre line; (6) {@link GapEdges} finds the two
 * articular surfaces across the band from each skeleton point: the centre line is midway between
 * them, the mask is the gap between them. The candidate targets are the centre line's middle and
 * the points a quarter from either end.
 *
 * <p>Cost: pixels x orientations x (averaging segment + 2), the segment capped at
 * {@link #MAX_ALONG_PX} pixels and the flank at {@link #MAX_FLANK_PX}, whatever the frame shows.
 */
public final class JointSpaceDetector {
  /** Pixel size assumed for the filter sizes of an uncalibrated frame (seeded mode only). */
  public static final double UNCALIBRATED_MM_PER_PIXEL = 0.3;
  /** Cap on the averaging segment's half-length, pixels (bounds the cost on finely sampled frames). */
  static final int MAX_ALONG_PX = 8;
  /** Half-window (mm along the path) over which a bend is measured, and the sharpest bend a joint space takes. */
  static final double BEND_WINDOW_MM = 1.5;
  static final double MAX_BEND_DEG = 35;
  /** Widest gap (pixels, a junction's size) across which two pieces of line are joined. */
  static final double JOIN_GAP_PX = 4;
  /** Widest angle between a facet joint's line and its expected direction in automatic mode. */
  public static final double MAX_AXIS_DEG = 30;
  /**
   * Least lucency, in standard deviations of its noise (the frame's noise through the filter and
   * the segment mean): a band must stand out of the noise as well as exceed minContrast.
   */
  static final double NOISE_SIGMAS = 4;
  /** Cap on the flank distance, pixels. */
  static final int MAX_FLANK_PX = 24;

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

  /** Detects the joint space on a frame, automatically or around a click, with no expected direction. */
  public Result detect(ImageProcessor ip, Calibration cal, int frame, Optional<double[]> seedPx) {
    return detect(ip, cal, frame, seedPx, OptionalDouble.empty());
  }

  /**
   * Detects the joint space on a frame, automatically or around a click. In automatic mode, a
   * given {@code lineAngleDeg} (the joint's expected direction in the image, degrees from the x
   * axis towards y, e.g. 90 for a facet joint on a view whose rows run head to foot) keeps only
   * the lines within {@link #MAX_AXIS_DEG} of it; see {@link JointDirection}.
   */
  public Result detect(ImageProcessor ip, Calibration cal, int frame, Optional<double[]> seedPx,
      OptionalDouble lineAngleDeg) {
    int w = ip.getWidth();
    int h = ip.getHeight();
    seedPx.ifPresent(s -> {
      if (!(s[0] >= 0 && s[1] >= 0 && s[0] < w && s[1] < h)) {
        throw new IllegalArgumentException(String.format("seed (%.1f, %.1f) lies outside the %dx%d frame", s[0], s[1],
            w, h));
      }
    });
    if (seedPx.isEmpty() && !cal.isCalibrated()) {
      return none("automatic mode needs a calibrated frame (its sizes are in millimetres): click inside the gap");
    }
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY()) : UNCALIBRATED_MM_PER_PIXEL;
    FloatProcessor f = ip.convertToFloatProcessor();
    double range = range((float[]) f.getPixels());
    if (!(range > 0)) {
      return none("the frame is flat: no joint space");
    }
    int[] field = OpenField.of((float[]) f.getPixels(), w, h, range);
    Lines found = lines(f, field, range, mm, seedPx.isPresent());
    LucencyFilter.Map map = found.map();
    List<List<double[]>> pieces = found.pieces();
    double flankPx = Math.max(1, Math.min(MAX_FLANK_PX, params.flankMm() / mm));
    int bendK = (int) Math.max(2, Math.round(BEND_WINDOW_MM / mm));
    double[] anchor = seedPx.orElse(new double[] {(field[0] + field[2]) / 2.0, (field[1] + field[3]) / 2.0});
    List<List<double[]>> lines = candidates(pieces, anchor, seedPx.isPresent() ? 0 : params.minLengthMm() / mm, bendK,
        seedPx.isPresent() ? 1 : MAX_CANDIDATES);
    if (seedPx.isPresent()) {
      if (lines.isEmpty() || distance(lines.get(0), anchor) > 2 * flankPx) {
        return none(String.format("no lucent band within %.1f mm of the seed (%.1f, %.1f)", 2 * params.flankMm(),
            anchor[0], anchor[1]));
      }
    } else {
      lines.removeIf(l -> lineAngleDeg.isPresent() && !along(l, lineAngleDeg.getAsDouble()));
      if (lines.isEmpty()) {
        return none(String.format("no lucent band at least %.0f mm long%s", params.minLengthMm(),
            lineAngleDeg.isPresent() ? String.format(" within %.0f degrees of the joint's direction", MAX_AXIS_DEG)
                : ""));
      }
    }
    return result(f, map, lines.get(0), cal, frame, range, seedPx.isPresent());
  }

  /** The lucency map and the lucent lines of a frame. */
  private record Lines(LucencyFilter.Map map, List<List<double[]>> pieces) {
  }

  /**
   * Steps 1 to 3 on a frame (smoothed in place): the oriented lucency inside the open field, the
   * bands above both the contrast and the noise levels, and their skeleton's lines.
   */
  private Lines lines(FloatProcessor f, int[] field, double range, double mm, boolean seeded) {
    int w = f.getWidth();
    int h = f.getHeight();
    double noise = noiseSigma((float[]) f.getPixels(), w, field);
    double smoothPx = params.smoothingMm() / mm;
    new GaussianBlur().blurGaussian(f, smoothPx);
    double flankPx = Math.max(1, Math.min(MAX_FLANK_PX, params.flankMm() / mm));
    int alongPx = (int) Math.min(MAX_ALONG_PX, Math.round(params.alongMm() / mm));
    boolean[] dead = outside(field, w, h, (int) Math.ceil(smoothPx) + 2);
    LucencyFilter.Map map = LucencyFilter.of((float[]) f.getPixels(), dead, w, h, flankPx, alongPx);
    double lucencyNoise = noise / (2 * Math.sqrt(Math.PI) * smoothPx)
        * Math.sqrt(2 / Math.max(1, (2 * alongPx + 1) / (2.5 * smoothPx)));
    double level = Math.max(params.minContrast() * range, NOISE_SIGMAS * lucencyNoise);
    int bendK = (int) Math.max(2, Math.round(BEND_WINDOW_MM / mm));
    return new Lines(map, LinePieces.of(bands(map.lucency(), level, w, h, mm, seeded), w, h, bendK, MAX_BEND_DEG));
  }

  /** The gap between the surfaces either side of a line, as the result. */
  private Result result(FloatProcessor f, LucencyFilter.Map map, List<double[]> path, Calibration cal, int frame,
      double range, boolean seeded) {
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY()) : UNCALIBRATED_MM_PER_PIXEL;
    double flankPx = Math.max(1, Math.min(MAX_FLANK_PX, params.flankMm() / mm));
    GapEdges.Result gap = GapEdges.of(f, map, path, 1.5 * flankPx);
    Mask m = new Mask(f.getWidth(), f.getHeight(), gap.mask());
    if (gap.centreLinePx().isEmpty() || m.isEmpty()) {
      return none("the lucent band has no articular surface on either side");
    }
    double sum = 0;
    for (double[] p : path) {
      sum += Math.max(0, map.lucency()[(int) p[1] * f.getWidth() + (int) p[0]]);
    }
    double confidence = Math.min(1, sum / path.size() / range / (4 * params.minContrast()));
    List<double[]> line = gap.centreLinePx();
    double areaMm2 = cal.isCalibrated() ? m.count() * cal.mmPerPixelX() * cal.mmPerPixelY() : Double.NaN;
    Segmentation seg = new Segmentation(frame, Segmentation.Kind.JOINT_SPACE, m, areaMm2, confidence,
        seeded ? "seeded: the lucent line at the click, between its two surfaces"
            : "automatic: the long lucent line nearest the field's centre, between its two surfaces");
    return new Result(SegmentOutcome.of(seg), line, targets(line, m));
  }

  /**
   * The lucent bands: pixels above {@code level}; in automatic mode only the components long and
   * elongated enough ({@link #longBands}).
   */
  private boolean[] bands(float[] lucency, double level, int w, int h, double mm, boolean all) {
    boolean[] band = new boolean[lucency.length];
    for (int i = 0; i < band.length; i++) {
      band[i] = lucency[i] > level;
    }
    if (all) {
      return band;
    }
    Components c = Components.label(band, w, h);
    boolean[] ok = longBands(c, mm);
    for (int i = 0; i < band.length; i++) {
      band[i] = ok[c.labels()[i]];
    }
    return band;
  }

  /** Most pieces joined and measured in automatic mode (the nearest the anchor first): bounds the cost. */
  static final int MAX_CANDIDATES = 24;

  /**
   * Lines through the pieces nearest the anchor (each joined with the pieces that continue it),
   * nearest first, those at least {@code minLengthPx} long, at most {@code most} of them.
   */
  private static List<List<double[]>> candidates(List<List<double[]>> pieces, double[] anchor, double minLengthPx,
      int k, int most) {
    Integer[] order = new Integer[pieces.size()];
    double[] d = new double[pieces.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      d[i] = distance(pieces.get(i), anchor);
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> d[i]));
    List<List<double[]>> out = new ArrayList<>();
    LinePieces.Ends ends = new LinePieces.Ends(pieces, JOIN_GAP_PX);
    for (int j = 0; j < order.length && out.size() < most; j++) {
      List<double[]> line = LinePieces.joined(pieces, ends, order[j], k, MAX_BEND_DEG, JOIN_GAP_PX);
      if (line.size() >= minLengthPx) {
        out.add(line);
      }
    }
    return out;
  }

  /** Whether a line's end-to-end direction is within {@link #MAX_AXIS_DEG} of {@code angleDeg} (either way). */
  private static boolean along(List<double[]> l, double angleDeg) {
    double[] a = l.get(0);
    double[] b = l.get(l.size() - 1);
    double deg = Math.toDegrees(Math.atan2(b[1] - a[1], b[0] - a[0])) - angleDeg;
    double off = Math.abs(((deg % 180) + 180) % 180);
    return Math.min(off, 180 - off) <= MAX_AXIS_DEG;
  }

  /** Least distance from a point to a line's points, pixels. */
  private static double distance(List<double[]> line, double[] p) {
    double best = Double.MAX_VALUE;
    for (double[] q : line) {
      best = Math.min(best, Math.hypot(q[0] - p[0], q[1] - p[1]));
    }
    return best;
  }

  /**
   * The frame's noise (standard deviation per pixel) inside the open field, from the median
   * absolute difference of horizontal neighbours (robust to edges): 1.4826 MAD / sqrt 2.
   */
  static double noiseSigma(float[] v, int w, int[] field) {
    int n = 0;
    float[] d = new float[Math.max(1, (field[2] - field[0] - 1) * (field[3] - field[1]))];
    for (int y = field[1]; y < field[3]; y++) {
      for (int x = field[0]; x < field[2] - 1; x++) {
        d[n++] = Math.abs(v[y * w + x + 1] - v[y * w + x]);
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(d, 0, n);
    return 1.4826 * d[n / 2] / Math.sqrt(2);
  }

  /** Pixels outside the open field shrunk by {@code margin} (the blades' edges and their blur). */
  private static boolean[] outside(int[] field, int w, int h, int margin) {
    boolean[] dead = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        dead[y * w + x] = x < field[0] + margin || y < field[1] + margin || x >= field[2] - margin
            || y >= field[3] - margin;
      }
    }
    return dead;
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

  /**
   * Which components are long and elongated enough, by label. A band's length is its skeleton's
   * pixel count, its width its area over that length (a curved band, like a hip's crescent, is
   * as elongated as a straight one).
   */
  private boolean[] longBands(Components c, double mm) {
    int[] labels = c.labels();
    ByteProcessor bp = new ByteProcessor(c.width(), c.height());
    byte[] px = (byte[]) bp.getPixels();
    for (int i = 0; i < labels.length; i++) {
      px[i] = labels[i] != 0 ? (byte) 255 : 0;
    }
    bp.skeletonize(255);
    int[] length = new int[c.blobs().size() + 1];
    for (int i = 0; i < labels.length; i++) {
      if (px[i] != 0) {
        length[labels[i]]++;
      }
    }
    boolean[] ok = new boolean[length.length];
    for (Components.Blob b : c.blobs()) {
      double n = length[b.label()];
      ok[b.label()] = n * mm >= params.minLengthMm() && n * n >= params.minElongation() * b.area();
    }
    return ok;
  }

  /** The middle of the centre line and the points a quarter from either end, those inside the mask. */
  private static List<double[]> targets(List<double[]> line, Mask m) {
    List<double[]> t = new ArrayList<>();
    for (double q : new double[] {0.5, 0.25, 0.75}) {
      double[] p = line.get((int) Math.round(q * (line.size() - 1)));
      if (m.get((int) Math.floor(p[0]), (int) Math.floor(p[1]))) {
        t.add(p);
      }
    }
    return t;
  }

}
