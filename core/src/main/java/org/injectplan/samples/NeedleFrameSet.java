package org.injectplan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded set of simulated needle frames for measuring the needle detector: the ultrasound
 * samples' anatomies (knee, shoulder, hip; a new anatomy per frame) with a 22G needle of a
 * realistic look ({@link NeedleLook#random}) at 10-40 deg to the skin line, its tip at a shallow
 * or a deep place, at the anatomy's gain and 6 dB above, each frame imaged again without the needle
 * (the same tissue, speckle and noise: the needle-free copy). The truth is the simulation's
 * geometry (entry on the skin line, tip, angle). Each frame also carries a planned path as the
 * detector is given one: the needle's path turned by up to 4 deg about an entry up to 2 mm off the
 * true one, ending up to 3 mm from the true length (seeded). A needle that would cross bone is
 * drawn again (a needle stops at bone), as is one within {@link #BONE_CLEARANCE_MM} of it.
 */
public final class NeedleFrameSet {
  static final double[] ANGLES_DEG = {10, 20, 30, 40};
  static final double[] GAINS_DB = {0, 6};
  /**
   * The needle keeps this far from bone (along and beyond its tip): nearer, the bone's echo and the
   * needle's merge, and the bone finder's mask (left out of the search) takes the needle's end.
   */
  static final double BONE_CLEARANCE_MM = 2.0;

  /**
   * One frame.
   *
   * @param region the calibrated region {x0, y0, x1, y1} (inclusive); y0 is the skin line
   * @param entryXPx where the needle's axis crosses the skin line (may lie outside the region)
   * @param plannedEntryXPx the plan given to the detector: entry on the skin line, and target
   */
  public record Frame(String name, int columns, int rows, byte[] withNeedle, byte[] withoutNeedle,
      double mmPerPixel, int[] region, double entryXPx, double tipXPx, double tipYPx, double angleDeg,
      double plannedEntryXPx, double plannedTargetXPx, double plannedTargetYPx, String look) {
  }

  private NeedleFrameSet() {
  }

  /** 3 joints x 4 angles x 2 depths x 2 gains = 48 frames. */
  public static List<Frame> make(long seed) {
    List<Frame> out = new ArrayList<>();
    Joint[] joints = {Joint.KNEE, Joint.SHOULDER, Joint.HIP};
    int k = 0;
    for (Joint j : joints) {
      for (double angle : ANGLES_DEG) {
        for (int deep = 0; deep < 2; deep++) {
          for (double gain : GAINS_DB) {
            out.add(frame(j, angle, deep == 1, gain, seed * 1000 + k++));
          }
        }
      }
    }
    return out;
  }

  /** One frame of the set, from its own seed. */
  static Frame frame(Joint joint, double angleDeg, boolean deep, double gainDb, long seed) {
    Random r = new Random(seed);
    UsSetup s = new UsAnatomyFactory(seed, FrondPlacement.ON_WALL).create(joint);
    UsGeometry g = s.geometry();
    UsImagingParams p = s.imaging();
    UsImagingParams imaging = p.withGainDb(p.gainDb() + gainDb);
    EchoMap m = s.anatomy().render(g, CineFrame.REST);
    boolean left = s.anatomy().approachFromLeft();
    double angle = angleDeg + (r.nextDouble() - 0.5) * 4;
    NeedleEcho n = null;
    for (int tries = 0; n == null; tries++) {
      double depthFraction = (deep ? 0.45 : 0.2) + 0.25 * r.nextDouble();
      double tipY = g.regionY0() + depthFraction * g.regionRows();
      double across = (0.4 + 0.45 * r.nextDouble()) * g.regionColumns();
      double tipX = left ? g.regionX0() + across : g.regionX1() + 1 - across;
      double run = (tipY - g.regionY0()) / Math.tan(Math.toRadians(angle));
      NeedleEcho c = new NeedleEcho(left ? tipX - run : tipX + run, g.regionY0(), tipX, tipY, 22,
          NeedleEcho.DIAMETER_22G_MM, NeedleLook.random(r));
      if (!crossesBone(c, m, g) || tries > 60) {
        n = c;
      }
    }
    double plannedDeg = angle + (r.nextDouble() - 0.5) * 8;
    double plannedEntry = n.entryXPx() + (r.nextDouble() - 0.5) * 4 / g.mmPerPixel();
    double plannedLenPx = n.lengthMm(g.mmPerPixel()) / g.mmPerPixel() + (r.nextDouble() - 0.5) * 6 / g.mmPerPixel();
    double sign = left ? 1 : -1;
    double a = Math.toRadians(plannedDeg);
    ScattererField field = ScattererField.covering(m, 12, seed + 1);
    UltrasoundSimulator sim = new UltrasoundSimulator(imaging);
    UsFrameComposer composer = new UsFrameComposer(g);
    List<String> header = List.of("INJECTPLAN SIM NEEDLE SET", String.format(Locale.ROOT, "G %+.0f", imaging.gainDb()));
    byte[] with = composer.compose(sim.image(n.paint(m, g, field), field, new Random(seed + 2)), header, "SYNTHETIC",
        imaging.focalDepthMm());
    byte[] without = composer.compose(sim.image(m, field, new Random(seed + 2)), header, "SYNTHETIC",
        imaging.focalDepthMm());
    String name = String.format(Locale.ROOT, "%s-%.0fdeg-%s-%+.0fdB-s%d", joint.key(), angleDeg, deep ? "deep" : "shallow",
        gainDb, seed);
    return new Frame(name, g.frameColumns(), g.frameRows(), with, without, g.mmPerPixel(),
        new int[] {g.regionX0(), g.regionY0(), g.regionX1(), g.regionY1()}, n.entryXPx(), n.tipXPx(), n.tipYPx(),
        n.angleDeg(), plannedEntry, plannedEntry + sign * plannedLenPx * Math.cos(a),
        g.regionY0() + plannedLenPx * Math.sin(a), n.look().toJson().toString());
  }

  /** Whether the needle (to {@link #BONE_CLEARANCE_MM} past its tip and either side of its axis) meets bone. */
  private static boolean crossesBone(NeedleEcho n, EchoMap m, UsGeometry g) {
    double lenPx = Math.hypot(n.tipXPx() - n.entryXPx(), n.tipYPx() - n.entryYPx());
    double ux = (n.tipXPx() - n.entryXPx()) / lenPx;
    double uy = (n.tipYPx() - n.entryYPx()) / lenPx;
    double clear = BONE_CLEARANCE_MM / g.mmPerPixel();
    for (double t = 0; t <= lenPx + clear; t += 0.5) {
      for (double w = -clear; w <= clear; w += 1) {
        int x = (int) Math.floor(n.entryXPx() + t * ux - w * uy) - g.regionX0();
        int y = (int) Math.floor(n.entryYPx() + t * uy + w * ux) - g.regionY0();
        if (x >= 0 && y >= 0 && x < m.columns() && y < m.rows() && m.has(x, y, UsTissue.BONE)) {
          return true;
        }
      }
    }
    return false;
  }
}
