package org.injectplan.samples;

import java.util.Random;

/**
 * B-mode image formation, stage by stage: scatterer amplitudes weighted by the square root of
 * the echogenicity map, convolved with the point-spread function (baseband: the carrier's phase
 * is absorbed in the scatterers' uniformly random phases; Gaussian axially, and laterally with a
 * beam that widens away from the focus), detected to the envelope (Rayleigh-distributed where the
 * tissue is homogeneous), attenuated along each scan line (round trip, dB/cm/MHz) with the
 * electronic noise floor added, amplified by the time-gain compensation, and log-compressed to
 * 8 bits.
 */
public final class UltrasoundSimulator {
  private static final double FWHM_PER_SIGMA = 2.0 * Math.sqrt(2 * Math.log(2));
  /** Display level of tissue of echogenicity 1 at zero gain. */
  private static final double REFERENCE_LEVEL = 128;
  /** Depth over which the beam widens by sqrt(2) from its focus. */
  private static final double DEPTH_OF_FIELD_MM = 12;
  private static final double RAYLEIGH_MEAN = Math.sqrt(Math.PI) / 2;
  private final UsImagingParams params;

  public UltrasoundSimulator(UsImagingParams params) {
    this.params = params;
  }

  public UsImagingParams params() {
    return params;
  }

  /**
   * The envelope before attenuation, compensation and compression: |PSF * (a sqrt(E))|, one
   * value per pixel of the map. For tissue of echogenicity E it is Rayleigh-distributed with
   * mean sqrt(pi E)/2 (the kernels have unit energy).
   */
  public float[] envelope(EchoMap map, ScattererField scatterers) {
    int w = map.columns();
    int h = map.rows();
    float[] re = new float[w * h];
    float[] im = new float[w * h];
    for (int i = 0; i < re.length; i++) {
      int k = scatterers.index(map.tissueUMm()[i], map.tissueVMm()[i]);
      float a = (float) Math.sqrt(map.echo()[i]);
      re[i] = scatterers.re(k) * a;
      im[i] = scatterers.im(k) * a;
    }
    lateral(re, im, w, h, map.mmPerPixel());
    axial(re, im, w, h, map.mmPerPixel());
    float[] env = new float[w * h];
    for (int i = 0; i < env.length; i++) {
      env[i] = (float) Math.hypot(re[i], im[i]);
    }
    return env;
  }

  /** The whole chain: the region's 8-bit B-mode image, row by row. */
  public byte[] image(EchoMap map, ScattererField scatterers, Random noise) {
    float[] env = envelope(map, scatterers);
    float[] transmission = transmission(map);
    int w = map.columns();
    double sigmaNoise = Math.pow(10, (params.noiseDb() - tgcDb(map.rows() * map.mmPerPixel())) / 20) * RAYLEIGH_MEAN;
    double[] db = new double[env.length];
    for (int y = 0; y < map.rows(); y++) {
      double tgcDb = tgcDb((y + 0.5) * map.mmPerPixel());
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        double a = env[i] * transmission[i] + noise.nextGaussian() * sigmaNoise;
        double b = noise.nextGaussian() * sigmaNoise;
        db[i] = (20 * Math.log10(Math.hypot(a, b) / RAYLEIGH_MEAN + 1e-12) + tgcDb + params.gainDb());
      }
    }
    if (params.speckleReductionMm() > 0) {
      smooth(db, w, map.rows(), params.speckleReductionMm() / map.mmPerPixel());
    }
    double perDb = 255 / params.dynamicRangeDb();
    byte[] out = new byte[env.length];
    for (int i = 0; i < out.length; i++) {
      long level = Math.round(REFERENCE_LEVEL + Math.max(db[i], -200) * perDb);
      out[i] = (byte) Math.max(0, Math.min(255, level));
    }
    return out;
  }

  /** The time-gain compensation at a depth: the assumed round-trip attenuation less its shortfall. */
  private double tgcDb(double depthMm) {
    double cm = depthMm / 10;
    return 2 * params.tgcDbPerCmMhz() * params.frequencyMHz() * cm - params.tgcShortfallDbPerCm() * cm;
  }

  /** The speckle-reduction filter: a separable Gaussian (unit sum, edges clamped) on the dB image. */
  private static void smooth(double[] v, int w, int h, double sigmaPx) {
    int half = (int) Math.ceil(3 * sigmaPx);
    float[] k = new float[2 * half + 1];
    double sum = 0;
    for (int i = -half; i <= half; i++) {
      k[i + half] = (float) Math.exp(-0.5 * i * i / (sigmaPx * sigmaPx));
      sum += k[i + half];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= (float) sum;
    }
    double[] tmp = new double[v.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int j = -half; j <= half; j++) {
          s += k[j + half] * v[y * w + Math.max(0, Math.min(w - 1, x + j))];
        }
        tmp[y * w + x] = s;
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int j = -half; j <= half; j++) {
          s += k[j + half] * tmp[Math.max(0, Math.min(h - 1, y + j)) * w + x];
        }
        v[y * w + x] = s;
      }
    }
  }

  /**
   * Round-trip amplitude transmission to each pixel: 10^(-2 sum(alpha f dz) / 20) down each
   * scan line, the attenuation of the pixel itself counted half.
   */
  float[] transmission(EchoMap map) {
    int w = map.columns();
    float[] t = new float[w * map.rows()];
    double dzCm = map.mmPerPixel() / 10;
    double f = params.frequencyMHz();
    for (int x = 0; x < w; x++) {
      double lossDb = 0;
      for (int y = 0; y < map.rows(); y++) {
        int i = y * w + x;
        double here = 2 * map.attenuationDbPerCmMhz()[i] * f * dzCm;
        t[i] = (float) Math.pow(10, -(lossDb + here / 2) / 20);
        lossDb += here;
      }
    }
    return t;
  }

  private void lateral(float[] re, float[] im, int w, int h, double mm) {
    float[] rowRe = new float[w];
    float[] rowIm = new float[w];
    for (int y = 0; y < h; y++) {
      double z = (y + 0.5) * mm;
      double widen = (z - params.focalDepthMm()) / DEPTH_OF_FIELD_MM;
      double sigmaPx = params.lateralFwhmMm() / FWHM_PER_SIGMA * Math.sqrt(1 + widen * widen) / mm;
      float[] k = kernel(sigmaPx);
      System.arraycopy(re, y * w, rowRe, 0, w);
      System.arraycopy(im, y * w, rowIm, 0, w);
      convolve(rowRe, rowIm, k, re, im, y * w, 1, w);
    }
  }

  private void axial(float[] re, float[] im, int w, int h, double mm) {
    float[] k = kernel(params.axialFwhmMm() / FWHM_PER_SIGMA / mm);
    float[] colRe = new float[h];
    float[] colIm = new float[h];
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        colRe[y] = re[y * w + x];
        colIm[y] = im[y * w + x];
      }
      convolve(colRe, colIm, k, re, im, x, w, h);
    }
  }

  /** Convolves a line (zero outside) into dst at offset + i * stride. */
  private static void convolve(float[] srcRe, float[] srcIm, float[] k, float[] dstRe, float[] dstIm,
      int offset, int stride, int n) {
    int half = k.length / 2;
    for (int i = 0; i < n; i++) {
      double sr = 0;
      double si = 0;
      int jMin = Math.max(0, i - half);
      int jMax = Math.min(n - 1, i + half);
      for (int j = jMin; j <= jMax; j++) {
        float kv = k[j - i + half];
        sr += kv * srcRe[j];
        si += kv * srcIm[j];
      }
      dstRe[offset + i * stride] = (float) sr;
      dstIm[offset + i * stride] = (float) si;
    }
  }

  /** A sampled Gaussian of unit energy (sum of squares 1), to 3 sigma. */
  static float[] kernel(double sigmaPx) {
    double s = Math.max(sigmaPx, 0.3);
    int half = (int) Math.ceil(3 * s);
    float[] k = new float[2 * half + 1];
    double energy = 0;
    for (int i = -half; i <= half; i++) {
      double g = Math.exp(-0.5 * i * i / (s * s));
      k[i + half] = (float) g;
      energy += g * g;
    }
    double norm = Math.sqrt(energy);
    for (int i = 0; i < k.length; i++) {
      k[i] = (float) (k[i] / norm);
    }
    return k;
  }
}
