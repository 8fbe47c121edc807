package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.scan.Scan;
import org.injectplan.segment.MaskMetrics;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.capsule.StepPictures;

/**
 * Section of {@code bench real}: a click at the most interior point of each hand-drawn vessel of
 * at least {@link RealVessels#MIN_AREA_PX} pixels ({@link RealVessels}), segmented by the capsule
 * segmenter's seeded mode; Dice against the vessel's mask (a refusal counts 0), the refusals by
 * reason, the ratio of the found to the true area, and the time per click.
 */
public final class RealSeeded implements RealBenchSection {
  /** The goal of issue 11: mean Dice with refusals as 0. */
  public static final double GOAL_DICE_MEAN = 0.80;
  /** The goal of issue 11: share of vessels refused. */
  public static final double GOAL_REFUSED_SHARE = 0.10;

  /**
   * The outcome at one vessel.
   *
   * @param frame the frame
   * @param vessel the vessel
   * @param outcome the seeded segmentation, or its refusal
   * @param dice Dice against the vessel's mask, 0 when refused
   * @param ms time of the seeded segmentation (analysis included)
   */
  public record Click(RealFrame frame, RealVessels.Vessel vessel, SegmentOutcome outcome, double dice, double ms) {
    /** Found area / true area; NaN when refused. */
    public double areaRatio() {
      return outcome.isFound() ? (double) outcome.get().areaPx() / vessel.areaPx() : Double.NaN;
    }
  }

  /** The figures of a set. */
  public record Figures(List<Click> clicks) {
    public double diceMean() {
      return clicks.stream().mapToDouble(Click::dice).average().orElse(Double.NaN);
    }

    public int refused() {
      return (int) clicks.stream().filter(c -> !c.outcome().isFound()).count();
    }

    public double refusedShare() {
      return clicks.isEmpty() ? Double.NaN : (double) refused() / clicks.size();
    }

    /** Refusals counted by reason (numbers in the reason replaced by #). */
    public Map<String, Integer> refusalsByReason() {
      Map<String, Integer> m = new TreeMap<>();
      for (Click c : clicks) {
        if (!c.outcome().isFound()) {
          m.merge(reasonKind(c.outcome().reason()), 1, Integer::sum);
        }
      }
      return m;
    }
  }

  /** Worst clicks drawn when the property {@code injectplan.realPictures} names a folder. */
  static final int PICTURES = 40;

  private final CapsuleSegmenter segmenter = new CapsuleSegmenter(CapsuleParams.DEFAULTS);

  @Override
  public String title() {
    return "click at the most interior point of each vessel >= " + RealVessels.MIN_AREA_PX + " px (seeded)";
  }

  @Override
  public boolean appliesTo(String set, List<RealFrame> frames) {
    return frames.stream().anyMatch(f -> f.labelMask().isPresent());
  }

  /** Every click of the set's frames that have a label mask. */
  public Figures measure(List<RealFrame> frames) throws IOException, BadScanException {
    List<Click> clicks = new ArrayList<>();
    for (RealFrame f : frames) {
      if (f.labelMask().isEmpty()) {
        continue;
      }
      try (Scan scan = f.open()) {
        ImageProcessor ip = scan.frame(0);
        int[] labels = f.labels(ip.getWidth(), ip.getHeight());
        for (RealVessels.Vessel v : RealVessels.of(labels, ip.getWidth(), ip.getHeight())) {
          long t0 = System.nanoTime();
          SegmentOutcome o = segmenter.segment(ip, scan.calibration(), 0,
              Optional.of(new double[] {v.seedX() + 0.5, v.seedY() + 0.5}));
          double ms = (System.nanoTime() - t0) / 1e6;
          double dice = o.isFound() ? MaskMetrics.dice(o.get().mask(), v.mask()) : 0;
          clicks.add(new Click(f, v, o, dice, ms));
        }
      }
    }
    return new Figures(clicks);
  }

  @Override
  public void run(String set, List<RealFrame> frames, PrintWriter out) throws IOException, BadScanException {
    Figures fig = measure(frames);
    List<Click> c = fig.clicks();
    if (c.isEmpty()) {
      out.println("  no vessel of that size in the masks");
      return;
    }
    double[] dice = c.stream().mapToDouble(Click::dice).sorted().toArray();
    double[] ratio = c.stream().filter(k -> k.outcome().isFound()).mapToDouble(Click::areaRatio).sorted().toArray();
    double[] ms = c.stream().mapToDouble(Click::ms).sorted().toArray();
    out.printf(Locale.ROOT, "  %d vessels: Dice (refusal = 0) mean %.3f (goal >= %.2f), median %.3f, min %.3f;"
        + " refused %d (%.1f%%, goal <= %.0f%%)%n", c.size(), fig.diceMean(), GOAL_DICE_MEAN, median(dice), dice[0],
        fig.refused(), 100 * fig.refusedShare(), 100 * GOAL_REFUSED_SHARE);
    if (ratio.length > 0) {
      out.printf(Locale.ROOT, "  found / true area: median %.2f, 10%% %.2f, 90%% %.2f (over %d found)%n",
          median(ratio), ratio[(int) (0.1 * (ratio.length - 1))], ratio[(int) (0.9 * (ratio.length - 1))],
          ratio.length);
    }
    for (Map.Entry<String, Integer> e : fig.refusalsByReason().entrySet()) {
      out.printf("  refused %3d x: %s%n", e.getValue(), e.getKey());
    }
    out.printf(Locale.ROOT, "  time per click (frame analysis + seeded segmentation, one thread): median %.2f ms,"
        + " slowest %.2f ms%n", median(ms), ms[ms.length - 1]);
    List<Click> worst = new ArrayList<>(c);
    worst.sort((a, b) -> Double.compare(a.dice(), b.dice()));
    StringBuilder sb = new StringBuilder("  worst:");
    for (Click k : worst.subList(0, Math.min(5, worst.size()))) {
      sb.append(String.format(Locale.ROOT, " %s@(%d,%d) %.2f;", k.frame().name(), k.vessel().seedX(), k.vessel().seedY(),
          k.dice()));
    }
    out.println(sb);
    String pics = System.getProperty("injectplan.realPictures");
    if (pics != null) {
      pictures(fig, PICTURES, Path.of(pics).resolve(set));
    }
  }

  /**
   * Pictures of the {@code n} worst clicks into DIR: the frame around the vessel, the hand-drawn
   * vessel in red, what the click found in green, the click in yellow; returns the files.
   */
  public static List<Path> pictures(Figures fig, int n, Path dir) throws IOException, BadScanException {
    List<Click> worst = new ArrayList<>(fig.clicks());
    worst.sort((a, b) -> Double.compare(a.dice(), b.dice()));
    List<Path> out = new ArrayList<>();
    for (Click k : worst.subList(0, Math.min(n, worst.size()))) {
      try (Scan scan = k.frame().open()) {
        ImageProcessor ip = scan.frame(0);
        List<Mask> masks = new ArrayList<>(List.of(k.vessel().mask()));
        List<Integer> rgb = new ArrayList<>(List.of(0xff3030));
        if (k.outcome().isFound()) {
          masks.add(k.outcome().get().mask());
          rgb.add(0x30ff30);
        }
        masks.add(dot(ip.getWidth(), ip.getHeight(), k.vessel().seedX(), k.vessel().seedY()));
        rgb.add(0xffff00);
        int[] b = k.vessel().mask().bounds();
        int m = Math.max(b[2] - b[0], b[3] - b[1]);
        String name = String.format(Locale.ROOT, "real-seeded-%s-%d-%d.png", k.frame().name().replace(".dcm", ""),
            k.vessel().seedX(), k.vessel().seedY());
        out.add(StepPictures.outlines(ip, masks, rgb.stream().mapToInt(Integer::intValue).toArray(),
            new int[] {b[0] - m, b[1] - m, b[2] + m, b[3] + m}, dir, name));
      }
    }
    return out;
  }

  private static Mask dot(int w, int h, int x, int y) {
    boolean[] in = new boolean[w * h];
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        if (x + dx >= 0 && y + dy >= 0 && x + dx < w && y + dy < h) {
          in[(y + dy) * w + x + dx] = true;
        }
      }
    }
    return new Mask(w, h, in);
  }

  /** A refusal's reason with its numbers replaced by #, so that refusals of one kind count together. */
  static String reasonKind(String reason) {
    return reason.replaceAll("-?[0-9]+(\\.[0-9]+)?", "#");
  }

  static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double[] sorted(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s;
  }
}
