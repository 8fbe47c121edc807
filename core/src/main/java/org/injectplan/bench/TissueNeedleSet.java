package org.injectplan.bench;

import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.injectplan.dicom.BadScanException;
import org.injectplan.samples.NeedleFrameSet;
import org.injectplan.samples.TissueNeedle;
import org.injectplan.scan.Scan;

/**
 * A seeded set of simulated 22G needles ({@link TissueNeedle}: specular shaft whose echo falls with
 * the insonation angle, taper, split walls, break-up, reverberation, speckle) composited onto REAL
 * tissue frames (usgra-seg: nerve-block views, so the bright straight bands beside the needle are
 * real fascia and tendon). {@link #ANGLES_DEG} x shallow/deep tip x {@link #GAINS_DB} x from the
 * left/right = 48 frames, each on another real frame; each comes with its needle-free copy (the
 * same real frame at the same gain) and a planned path off the needle's by up to 4 deg about an
 * entry up to 2 mm off, up to 3 mm off in length. Truth: the simulation's geometry. Millimetres
 * rest on the frames' assumed calibration (FILES.tsv).
 */
public final class TissueNeedleSet {
  static final double[] ANGLES_DEG = {15, 25, 35, 45};
  static final double[] GAINS_DB = {-6, 0, 6};
  /** Shallow tips lie 5-12 mm deep, deep ones 12-22 mm (and 4 mm above the region's bottom). */
  static final double[][] DEPTHS_MM = {{5, 12}, {12, 22}};

  private TissueNeedleSet() {
  }

  /** The 48 frames of seed {@code seed} on the frames (usgra-seg; every k-th so that each is another). */
  public static List<NeedleFrameSet.Frame> make(List<RealFrame> frames, long seed) throws java.io.IOException, BadScanException {
    int n = ANGLES_DEG.length * DEPTHS_MM.length * GAINS_DB.length * 2;
    int stride = Math.max(1, frames.size() / n);
    List<NeedleFrameSet.Frame> out = new ArrayList<>();
    int k = 0;
    for (double angle : ANGLES_DEG) {
      for (double[] depth : DEPTHS_MM) {
        for (double gain : GAINS_DB) {
          for (boolean left : new boolean[] {true, false}) {
            RealFrame f = frames.get((k * stride) % frames.size());
            out.add(frame(f, angle, depth, gain, left, seed * 1000 + k));
            k++;
          }
        }
      }
    }
    return out;
  }

  static NeedleFrameSet.Frame frame(RealFrame f, double angleDeg, double[] depthMm, double gainDb, boolean left,
      long seed) throws java.io.IOException, BadScanException {
    byte[] pixels;
    int w;
    int h;
    try (Scan scan = f.open()) {
      ImageProcessor ip = scan.frame(0).convertToByte(false);
      w = ip.getWidth();
      h = ip.getHeight();
      pixels = ((byte[]) ip.getPixels()).clone();
    }
    Random r = new Random(seed);
    int[] reg = f.region();
    double mm = f.mmPerPixel();
    double angle = angleDeg + (r.nextDouble() - 0.5) * 4;
    double maxDepth = (reg[3] - reg[1]) * mm - 4;
    double depth = Math.min(maxDepth, depthMm[0] + (depthMm[1] - depthMm[0]) * r.nextDouble());
    double width = reg[2] + 1 - reg[0];
    double across = (0.35 + 0.45 * r.nextDouble()) * width;
    double tipX = left ? reg[0] + across : reg[2] + 1 - across;
    double tipY = reg[1] + depth / mm;
    double run = depth / mm / Math.tan(Math.toRadians(angle));
    double entryX = left ? tipX - run : tipX + run;
    TissueNeedle needle = TissueNeedle.random(entryX, tipX, tipY, gainDb, r);
    byte[] with = needle.composite(pixels, w, h, reg, mm, seed + 1);
    byte[] without = needle.withoutNeedle(pixels);
    double plannedDeg = angle + (r.nextDouble() - 0.5) * 8;
    double plannedEntry = entryX + (r.nextDouble() - 0.5) * 4 / mm;
    double plannedLenPx = Math.hypot(tipX - entryX, tipY - reg[1]) + (r.nextDouble() - 0.5) * 6 / mm;
    double a = Math.toRadians(plannedDeg);
    double sign = left ? 1 : -1;
    String name = String.format(Locale.ROOT, "%s-%.0fdeg-%s-%+.0fdB-%s", f.name().replace(".dcm", ""), angleDeg,
        depthMm[0] < 10 ? "shallow" : "deep", gainDb, left ? "L" : "R");
    return new NeedleFrameSet.Frame(name, w, h, with, without, mm, reg, entryX, tipX, tipY,
        needle.angleDeg(reg[1]), plannedEntry, plannedEntry + sign * plannedLenPx * Math.cos(a),
        reg[1] + plannedLenPx * Math.sin(a), needle.lookJson());
  }
}
