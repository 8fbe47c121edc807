package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.plan.ScanReference;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.planning.UsPlanner;
import org.injectplan.planning.UsRequest;
import org.injectplan.scan.Scan;
import org.injectplan.segment.structures.StructureFinder;

/**
 * Section of {@code bench real}: the structures found for planning ({@link StructureFinder}, no
 * capsule given) on each frame with a hand-drawn mask. Vessels: coverage (share of the true vessel
 * pixels found, mean over the frames with a vessel) and false share (share of what is found that
 * is not vessel, mean over the frames where a vessel is found). Bone: frames on which bone is
 * found (nerve-block views hold little bone). Plans: the hand-drawn nerve taken as the target
 * pocket (a nerve block), planned with what was found only; the refusals by reason.
 */
public final class RealFinders implements RealBenchSection {
  /** The goal of issue 11: mean coverage of the true vessel pixels. */
  public static final double GOAL_COVERAGE = 0.70;
  /** The goal of issue 11: mean false share of what the vessel finder finds. */
  public static final double GOAL_FALSE_SHARE = 0.35;

  /**
   * The outcome on one frame.
   *
   * @param name the frame's file name
   * @param truePx true vessel pixels
   * @param foundPx pixels found as vessel
   * @param hitPx pixels found as vessel that are vessel
   * @param bone whether bone was found
   * @param refusal the planner's refusal with the nerve as target, "" when it planned, null when no nerve
   */
  public record Frame(String name, int truePx, int foundPx, int hitPx, boolean bone, String refusal) {
    public double coverage() {
      return truePx == 0 ? Double.NaN : (double) hitPx / truePx;
    }

    public double falseShare() {
      return foundPx == 0 ? Double.NaN : 1 - (double) hitPx / foundPx;
    }
  }

  /** The figures of a set. */
  public record Figures(List<Frame> frames) {
    public double coverageMean() {
      return frames.stream().filter(f -> f.truePx() > 0).mapToDouble(Frame::coverage).average().orElse(Double.NaN);
    }

    public double falseShareMean() {
      return frames.stream().filter(f -> f.foundPx() > 0).mapToDouble(Frame::falseShare).average()
          .orElse(Double.NaN);
    }

    public int boneFrames() {
      return (int) frames.stream().filter(Frame::bone).count();
    }

    public int planned() {
      return (int) frames.stream().filter(f -> f.refusal() != null).count();
    }

    public Map<String, Integer> refusalsByReason() {
      Map<String, Integer> m = new TreeMap<>();
      for (Frame f : frames) {
        if (f.refusal() != null && !f.refusal().isEmpty()) {
          m.merge(RealSeeded.reasonKind(f.refusal()), 1, Integer::sum);
        }
      }
      return m;
    }
  }

  @Override
  public String title() {
    return "vessels and bone found for planning (no capsule given), plans to the hand-drawn nerve";
  }

  @Override
  public boolean appliesTo(String set, List<RealFrame> frames) {
    return frames.stream().anyMatch(f -> f.labelMask().isPresent());
  }

  /** Every frame of the set that has a label mask. */
  public Figures measure(List<RealFrame> frames) throws IOException, BadScanException {
    List<Frame> out = new ArrayList<>();
    UsPlanner planner = new UsPlanner(NeedleCatalogue.standard());
    for (RealFrame f : frames) {
      if (f.labelMask().isEmpty()) {
        continue;
      }
      try (Scan scan = f.open()) {
        ImageProcessor ip = scan.frame(0);
        int w = ip.getWidth();
        int[] labels = f.labels(w, ip.getHeight());
        StructureFinder.Found found = StructureFinder.find(ip, scan.calibration(), null);
        boolean[] vessel = new boolean[labels.length];
        for (Mask m : found.vessels().values()) {
          for (int i = 0; i < labels.length; i++) {
            vessel[i] |= m.get(i % w, i / w);
          }
        }
        int truePx = 0;
        int foundPx = 0;
        int hitPx = 0;
        boolean[] nerve = new boolean[labels.length];
        int nervePx = 0;
        for (int i = 0; i < labels.length; i++) {
          boolean t = labels[i] == RealFrame.LABEL_VESSEL;
          truePx += t ? 1 : 0;
          foundPx += vessel[i] ? 1 : 0;
          hitPx += t && vessel[i] ? 1 : 0;
          nerve[i] = labels[i] == RealFrame.LABEL_NERVE;
          nervePx += nerve[i] ? 1 : 0;
        }
        String refusal = nervePx == 0 ? null : refusal(planner, f, scan, new Mask(w, ip.getHeight(), nerve),
            found);
        out.add(new Frame(f.name(), truePx, foundPx, hitPx, found.bone() != null, refusal));
      }
    }
    return new Figures(out);
  }

  private static String refusal(UsPlanner planner, RealFrame f, Scan scan, Mask nerve,
      StructureFinder.Found found) {
    UsRequest req = UsRequest.of(JointPreset.CUSTOM, nerve, Map.of(), null).withFound(found);
    try {
      planner.plan(new ScanReference(f.name(), "1.2.3", "1.2.3"), 0, scan.calibration(), req);
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Override
  public void run(String set, List<RealFrame> frames, PrintWriter out) throws IOException, BadScanException {
    Figures fig = measure(frames);
    long withVessel = fig.frames().stream().filter(k -> k.truePx() > 0).count();
    long withFound = fig.frames().stream().filter(k -> k.foundPx() > 0).count();
    out.printf(Locale.ROOT, "  vessels: coverage mean %.3f over %d frames with a vessel (goal >= %.2f); false share"
        + " mean %.3f over %d frames where one is found (goal <= %.2f)%n", fig.coverageMean(), withVessel,
        GOAL_COVERAGE, fig.falseShareMean(), withFound, GOAL_FALSE_SHARE);
    out.printf(Locale.ROOT, "  bone found on %d of %d frames%n", fig.boneFrames(), fig.frames().size());
    int refused = fig.refusalsByReason().values().stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "  plans to the nerve (custom preset, found structures only): refused %d of %d%n", refused,
        fig.planned());
    for (Map.Entry<String, Integer> e : fig.refusalsByReason().entrySet()) {
      out.printf("  refused %3d x: %s%n", e.getValue(), e.getKey());
    }
  }
}
