package org.injectplan.samples;

import ij.process.FloatProcessor;
import java.util.Arrays;
import java.util.Random;

/**
 * Fluoroscopy image formation: for each detector pixel, the ray from the focal spot through the
 * phantom; expected counts I0 exp(-sum mu L) (Beer-Lambert), I0 set by the automatic exposure
 * control; collimator blades outside the open field; the detector blur; Poisson counting noise;
 * and a logarithmic readout (so bone and metal are dark, as the detector sees them) windowed to
 * the counts in the open field, as a detector's automatic range does. The joint-space truth is
 * the rays that show the gap ({@link XaPhantom#showsJoint}), and only inside the open field: under
 * the blades the image shows nothing. The joint-region truth is every ray through the joint cavity
 * at all ({@link XaPhantom#inJointRegion}): where a point inside the joint projects, visible or not.
 */
final class FluoroSimulator {
  private final ProjectionGeometry geometry;
  private final XaExposure exposure;

  FluoroSimulator(ProjectionGeometry geometry, XaExposure exposure) {
    this.geometry = geometry;
    this.exposure = exposure;
  }

  /**
   * The result: stored pixel values, the truth masks, and the unattenuated counts I0.
   *
   * @param joint the visible joint space (the lucent gap, in the open field)
   * @param region the joint region (the projection of the whole joint cavity)
   */
  record Result(short[] pixels, boolean[] bone, boolean[] joint, boolean[] region, boolean[] avoid, double i0) {
  }

  Result simulate(XaPhantom phantom, long noiseSeed) {
    int w = geometry.columns();
    int h = geometry.rows();
    Vec3 s = geometry.source();
    float[] integral = new float[w * h];
    boolean[] bone = new boolean[w * h];
    boolean[] joint = new boolean[w * h];
    boolean[] region = new boolean[w * h];
    boolean[] avoid = new boolean[w * h];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        Vec3 d = geometry.ray(c, r);
        int i = r * w + c;
        integral[i] = (float) phantom.lineIntegral(s, d);
        bone[i] = phantom.boneChordMm(s, d) > 0.5;
        joint[i] = exposure.open(c, r) && phantom.showsJoint(s, d);
        region[i] = phantom.inJointRegion(s, d);
        avoid[i] = phantom.hitsAvoid(s, d);
      }
    }
    double i0 = exposure.meanCounts() / Math.exp(-medianInField(integral));
    FloatProcessor expected = new FloatProcessor(w, h);
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        int i = r * w + c;
        double leak = exposure.open(c, r) ? 1 : exposure.leakage();
        expected.setf(c, r, (float) (i0 * leak * Math.exp(-integral[i])));
      }
    }
    if (exposure.blurSigmaPx() > 0) {
      expected.blurGaussian(exposure.blurSigmaPx());
    }
    PoissonSampler poisson = new PoissonSampler(new Random(noiseSeed));
    int maxValue = (1 << exposure.bitsStored()) - 1;
    double[] range = rangeInField(expected);
    double lo = Math.log(1 + 0.5 * range[0]);
    double scale = maxValue / (Math.log(1 + 1.2 * range[1]) - lo);
    short[] pixels = new short[w * h];
    for (int i = 0; i < pixels.length; i++) {
      long n = poisson.sample(Math.max(0, expected.getf(i)));
      long v = Math.round(scale * (Math.log(1 + n) - lo));
      pixels[i] = (short) Math.max(0, Math.min(maxValue, v));
    }
    return new Result(pixels, bone, joint, region, avoid, i0);
  }

  /** The least and greatest expected counts in the open field: the readout's window. */
  private double[] rangeInField(FloatProcessor expected) {
    int[] c = exposure.collimation();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int r = c[1]; r < c[3]; r++) {
      for (int x = c[0]; x < c[2]; x++) {
        min = Math.min(min, expected.getf(x, r));
        max = Math.max(max, expected.getf(x, r));
      }
    }
    return new double[] {min, max};
  }

  private double medianInField(float[] integral) {
    int[] c = exposure.collimation();
    int w = geometry.columns();
    float[] inField = new float[(c[2] - c[0]) * (c[3] - c[1])];
    int k = 0;
    for (int r = c[1]; r < c[3]; r++) {
      for (int x = c[0]; x < c[2]; x++) {
        inField[k++] = integral[r * w + x];
      }
    }
    Arrays.sort(inField);
    return inField[inField.length / 2];
  }
}
