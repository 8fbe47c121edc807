package org.injectplan.samples;

import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.injectplan.image.DistanceTransform;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * What an ultrasound frame looks like, in figures the sample generator takes as parameters:
 * the fall of the mean echo with depth (dB/cm), the speckle size (mm, axial and lateral), the
 * spread of tissue levels (dB), and, where a mask marks them, vessel lumen, vessel wall and nerve
 * against the tissue around them (dB). Grey levels become dB through the speckle itself: in
 * fully developed speckle the log-compressed envelope has a standard deviation of 5.57 dB, so the
 * median local standard deviation of the grey levels over 5.57 is the display's levels per dB
 * (scanners smooth speckle, so on real frames this overstates the dB figures a little).
 *
 * <p>Run: {@code java -cp core/target/injectplan.jar org.injectplan.samples.UsLook real /work/shared/real-us}
 * or {@code ... org.injectplan.samples.UsLook samples sample-dicom/src/main/resources/org/injectplan/samples}
 * (a third argument prints each frame's figures). {@code RealTissueSamplesTest} holds the
 * {@link Look#REAL_TISSUE} samples to the real frames' figures with {@link #measure}.
 */
public final class UsLook {
  /** Indices into {@link #measure}'s figures (grey levels; mm for the speckle size). */
  public static final int SLOPE_GREY_PER_CM = 1;
  public static final int SPECKLE_AXIAL_MM = 3;
  public static final int LUMEN_MINUS_RING_GREY = 7;

  private UsLook() {
  }
  static final double SPECKLE_STD_DB = 5.57;

  /** One frame to measure: its DICOM, label mask (or null), mm per pixel and imaged region. */
  public record Frame(String name, Path dcm, Path mask, double mm, int x0, int y0, int x1, int y1, boolean labelsArePalette) {
  }

  public static void main(String[] a) throws Exception {
    List<Frame> frames = a[0].equals("real") ? real(Path.of(a[1])) : samples(Path.of(a[1]));
    List<double[]> rows = new ArrayList<>();
    for (Frame f : frames) {
      double[] r = measure(f);
      rows.add(r);
      if (a.length > 2) {
        System.out.printf(Locale.ROOT, "%s %s%n", f.name(), fmt(r));
      }
    }
    String[] names = {"speckleLevelsPerDb", "slopeGreyPerCm", "deepMinusMidGrey", "speckleAxialMm",
        "speckleLateralMm", "p10MinusP50Grey", "p95MinusP50Grey", "lumenMinusRingGrey", "wallMinusRingGrey",
        "nerveMinusRingGrey", "lumenGrey", "nerveGrey", "tissueP50Grey"};
    for (int k = 0; k < names.length; k++) {
      double[] v = new double[rows.size()];
      int n = 0;
      for (double[] r : rows) {
        if (!Double.isNaN(r[k])) {
          v[n++] = r[k];
        }
      }
      v = Arrays.copyOf(v, n);
      Arrays.sort(v);
      if (n == 0) {
        System.out.printf(Locale.ROOT, "%-18s n=0%n", names[k]);
        continue;
      }
      System.out.printf(Locale.ROOT, "%-18s n=%3d  median %7.2f  p25 %7.2f  p75 %7.2f%n", names[k], n, v[n / 2],
          v[n / 4], v[(3 * n) / 4]);
    }
  }

  private static String fmt(double[] r) {
    StringBuilder b = new StringBuilder();
    for (double v : r) {
      b.append(String.format(Locale.ROOT, " %.2f", v));
    }
    return b.toString();
  }

  private static List<Frame> real(Path dir) throws Exception {
    List<Frame> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("FILES.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      String[] r = c[3].split(",");
      out.add(new Frame(c[0], dir.resolve(c[0]), c[1].isBlank() ? null : dir.resolve(c[1]), Double.parseDouble(c[2]),
          Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2]), Integer.parseInt(r[3]), true));
    }
    return out;
  }

  /** knee-us, shoulder-us, hip-us and knee-us-needle of a sample folder, labelled by their truth masks. */
  public static List<Frame> samples(Path dir) throws Exception {
    List<Frame> out = new ArrayList<>();
    for (String id : new String[] {"knee-us", "shoulder-us", "hip-us", "knee-us-needle"}) {
      Path d = dir.resolve(id);
      String json = Files.readString(d.resolve(id + ".truth.json"));
      Matcher m = Pattern.compile("\"region\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)").matcher(json);
      m.find();
      Matcher mm = Pattern.compile("\"mmPerPixel\"\\s*:\\s*([0-9.]+)").matcher(json);
      mm.find();
      Path avoid = d.resolve("masks/avoid-f00.png");
      out.add(new Frame(id, d.resolve(id + ".dcm"), avoid, Double.parseDouble(mm.group(1)),
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)), false));
    }
    return out;
  }

  /** The figures of one frame (NaN where not measurable; see main's names). */
  public static double[] measure(Frame f) throws Exception {
    double[] g;
    int w;
    int h;
    try (Scan s = ScanLoader.open(f.dcm())) {
      ImageProcessor ip = s.frame(0);
      w = ip.getWidth();
      h = ip.getHeight();
      g = new double[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          g[y * w + x] = ip.getPixelValue(x, y);
        }
      }
    }
    int[] lab = labels(f, w, h);
    double perDb = 1; // figures in grey levels; dB at the display's levels per dB (see docs/samples.md)
    double[] r = new double[13];
    Arrays.fill(r, Double.NaN);
    r[0] = levelsPerDb(g, w, f) / SPECKLE_STD_DB;
    depth(g, lab, w, f, perDb, r);
    speckle(g, lab, w, f, r);
    spread(g, lab, w, f, perDb, r);
    if (f.mask() != null) {
      r[7] = contrast(g, lab, w, h, f, 2, -99, -0.3, 1.5, 3.0, perDb);
      r[8] = contrast(g, lab, w, h, f, 2, 0, 0.5, 1.5, 3.0, perDb);
      r[9] = contrast(g, lab, w, h, f, 1, -99, -0.2, 1.5, 3.0, perDb);
      r[10] = contrast(g, lab, w, h, f, 2, -99, -0.3, 1e9, 1e9, perDb);
      r[11] = contrast(g, lab, w, h, f, 1, -99, -0.2, 1e9, 1e9, perDb);
    }
    return r;
  }

  /**
   * Labels of the frame: 0 background, 1 nerve, 2 vessel (a real frame's palette mask, or a sample's
   * avoid mask), 3 bone or capsule (a sample's masks, kept out of the tissue figures).
   */
  private static int[] labels(Frame f, int w, int h) throws IOException {
    int[] lab = new int[w * h];
    if (f.labelsArePalette()) {
      if (f.mask() != null) {
        BufferedImage img = ImageIO.read(f.mask().toFile());
        img.getRaster().getSamples(0, 0, w, h, 0, lab);
      }
      return lab;
    }
    if (f.mask() != null) {
      mark(lab, MaskPng.read(f.mask()), 2);
    }
    Path dir = f.dcm().getParent().resolve("masks");
    mark(lab, MaskPng.read(dir.resolve("bone-f00.png")), 3);
    mark(lab, MaskPng.read(dir.resolve("capsule-f00.png")), 3);
    return lab;
  }

  private static void mark(int[] lab, Mask m, int label) {
    boolean[] in = m.inside();
    for (int i = 0; i < lab.length && i < in.length; i++) {
      if (in[i]) {
        lab[i] = label;
      }
    }
  }

  /** Median standard deviation of 7x7 windows whose mean is well above black, in the region's middle. */
  private static double levelsPerDb(double[] g, int w, Frame f) {
    List<Double> sd = new ArrayList<>();
    int hh = f.y1() - f.y0();
    for (int y = f.y0() + hh / 10; y + 7 < f.y1() - hh / 4; y += 7) {
      for (int x = f.x0() + 10; x + 7 < f.x1() - 10; x += 7) {
        double s = 0;
        double s2 = 0;
        for (int dy = 0; dy < 7; dy++) {
          for (int dx = 0; dx < 7; dx++) {
            double v = g[(y + dy) * w + x + dx];
            s += v;
            s2 += v * v;
          }
        }
        double m = s / 49;
        if (m > 40 && m < 200) {
          sd.add(Math.sqrt(Math.max(0, s2 / 49 - m * m)));
        }
      }
    }
    if (sd.isEmpty()) {
      return Double.NaN;
    }
    sd.sort(null);
    return sd.get(sd.size() / 2);
  }

  /** Row means (unlabelled pixels) against depth: a least-squares slope over 3 mm .. 90 % of the depth. */
  private static void depth(double[] g, int[] lab, int w, Frame f, double perDb, double[] r) {
    int rows = f.y1() - f.y0() + 1;
    double[] mean = new double[rows];
    for (int k = 0; k < rows; k++) {
      double[] v = new double[f.x1() - f.x0() + 1];
      int n = 0;
      for (int x = f.x0() + 5; x <= f.x1() - 5; x++) {
        int i = (f.y0() + k) * w + x;
        if (lab[i] == 0) {
          v[n++] = g[i];
        }
      }
      Arrays.sort(v, 0, n);
      mean[k] = n > 20 ? v[n / 2] : Double.NaN;
    }
    int k0 = (int) Math.ceil(3 / f.mm());
    int k1 = (int) (rows * 0.7);
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int k = k0; k < k1; k++) {
      if (Double.isNaN(mean[k])) {
        continue;
      }
      double z = k * f.mm() / 10;
      double v = mean[k] / perDb;
      sx += z;
      sy += v;
      sxx += z * z;
      sxy += z * v;
      n++;
    }
    r[1] = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    r[2] = (avg(mean, (int) (rows * 0.8), rows) - avg(mean, (int) (rows * 0.3), (int) (rows * 0.5))) / perDb;
  }

  private static double avg(double[] v, int a, int b) {
    double s = 0;
    int n = 0;
    for (int k = a; k < b; k++) {
      if (!Double.isNaN(v[k])) {
        s += v[k];
        n++;
      }
    }
    return s / n;
  }

  /** Half-maximum width of the autocorrelation of the grey levels (each 32x32 patch's mean removed), axial and lateral. */
  private static void speckle(double[] g, int[] lab, int w, Frame f, double[] r) {
    int maxLag = 12;
    double[] ax = new double[maxLag + 1];
    double[] lat = new double[maxLag + 1];
    int hh = f.y1() - f.y0();
    int p = 32;
    for (int y = f.y0() + hh / 10; y + p + maxLag < f.y0() + hh * 3 / 4; y += p) {
      for (int x = f.x0() + 10; x + p + maxLag < f.x1() - 10; x += p) {
        double m = 0;
        boolean labelled = false;
        for (int dy = 0; dy < p + maxLag; dy++) {
          for (int dx = 0; dx < p + maxLag; dx++) {
            labelled |= lab[(y + dy) * w + x + dx] != 0;
          }
        }
        for (int dy = 0; dy < p; dy++) {
          for (int dx = 0; dx < p; dx++) {
            m += g[(y + dy) * w + x + dx];
          }
        }
        m /= p * p;
        if (labelled || m < 30) {
          continue;
        }
        for (int l = 0; l <= maxLag; l++) {
          for (int dy = 0; dy < p; dy++) {
            for (int dx = 0; dx < p; dx++) {
              double v = g[(y + dy) * w + x + dx] - m;
              ax[l] += v * (g[(y + dy + l) * w + x + dx] - m);
              lat[l] += v * (g[(y + dy) * w + x + dx + l] - m);
            }
          }
        }
      }
    }
    r[3] = 2 * halfLag(ax) * f.mm();
    r[4] = 2 * halfLag(lat) * f.mm();
  }

  private static double halfLag(double[] c) {
    if (!(c[0] > 0)) {
      return Double.NaN;
    }
    for (int l = 1; l < c.length; l++) {
      if (c[l] / c[0] < 0.5) {
        double a = c[l - 1] / c[0];
        double b = c[l] / c[0];
        return l - 1 + (a - 0.5) / (a - b);
      }
    }
    return Double.NaN;
  }

  /** Percentiles of unlabelled tissue (grey above 2) relative to its median, in dB. */
  private static void spread(double[] g, int[] lab, int w, Frame f, double perDb, double[] r) {
    List<Double> v = new ArrayList<>();
    int hh = f.y1() - f.y0();
    for (int y = f.y0() + hh / 10; y < f.y0() + hh * 3 / 4; y++) {
      for (int x = f.x0() + 10; x < f.x1() - 10; x++) {
        int i = y * w + x;
        if (lab[i] == 0) {
          v.add(g[i]);
        }
      }
    }
    v.sort(null);
    double med = v.get(v.size() / 2);
    r[5] = (v.get(v.size() / 10) - med) / perDb;
    r[6] = (v.get(v.size() * 95 / 100) - med) / perDb;
    r[12] = med;
  }

  /**
   * Mean of the pixels of {@code label} at signed distance [inLo, inHi] mm from its edge (negative inside)
   * minus the mean of unlabelled pixels at [outLo, outHi] mm outside, in dB.
   */
  private static double contrast(double[] g, int[] lab, int w, int h, Frame f, int label, double inLo, double inHi,
      double outLo, double outHi, double perDb) {
    double[] d = signedDistanceMm(lab, w, h, label, f.mm());
    double si = 0;
    double so = 0;
    int ni = 0;
    int no = 0;
    for (int y = f.y0(); y <= f.y1(); y++) {
      for (int x = f.x0(); x <= f.x1(); x++) {
        int i = y * w + x;
        double dm = d[i];
        if (dm >= inLo && dm <= inHi && (dm < 0 ? lab[i] == label : lab[i] == 0)) {
          si += g[i];
          ni++;
        } else if (dm >= outLo && dm <= outHi && lab[i] == 0) {
          so += g[i];
          no++;
        }
      }
    }
    if (ni < 30 || (no < 30 && outLo < 1e8)) {
      return Double.NaN;
    }
    return (si / ni - (outLo < 1e8 ? so / no : 0)) / perDb;
  }

  /**
   * Euclidean distance (mm) to the label's edge, negative inside ({@link DistanceTransform}: to the
   * nearest pixel of the other side).
   */
  private static double[] signedDistanceMm(int[] lab, int w, int h, int label, double mm) {
    boolean[] in = new boolean[w * h];
    boolean[] out = new boolean[w * h];
    for (int i = 0; i < in.length; i++) {
      in[i] = lab[i] == label;
      out[i] = !in[i];
    }
    double[] toOut = DistanceTransform.squaredMm(out, w, h, mm, mm);
    double[] toIn = DistanceTransform.squaredMm(in, w, h, mm, mm);
    double[] d = new double[w * h];
    for (int i = 0; i < d.length; i++) {
      d[i] = in[i] ? -Math.sqrt(toOut[i]) : Math.sqrt(toIn[i]);
    }
    return d;
  }
}
