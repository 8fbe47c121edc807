package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The envelope of homogeneous tissue, before attenuation and log compression, is Rayleigh
 * distributed: mean/std = sqrt(pi/2) / sqrt(2 - pi/2) = 1.913 (Burckhardt, IEEE Trans Sonics
 * Ultrason 1978; Wagner et al., IEEE Trans Sonics Ultrason 1983).
 */
class SpeckleStatisticsTest {
  private static final double RAYLEIGH_SNR = Math.sqrt(Math.PI / 2) / Math.sqrt(2 - Math.PI / 2);
  /** About 4 %: the patch holds a few thousand independent speckle cells. */
  private static final double TOLERANCE = 0.08;
  private static final UsImagingParams KNEE_LIKE = new UsImagingParams(12, 0.19, 0.41, 15, 0.75, 50, 0, -26);

  @Test
  void mismatchedEchoMapIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EchoMap(4, 4, 0.1, new float[16], new float[16],
        new byte[15], new float[16], new float[16]));
  }

  @Test
  void badImagingParametersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new UsImagingParams(0, 0.2, 0.4, 15, 0.75, 50, 0, -26));
    assertThrows(IllegalArgumentException.class, () -> new UsImagingParams(12, 0.2, 0.4, 15, 0.75, 5, 0, -26));
  }

  @Test
  void homogeneousEnvelopeIsRayleigh() {
    double[] stats = patchStats(envelopeOfUniform(1.0, 11L));
    assertEquals(RAYLEIGH_SNR, stats[0] / stats[1], TOLERANCE,
        "envelope mean/std of homogeneous tissue (Rayleigh: 1.913)");
  }

  @Test
  void envelopeMeanFollowsSquareRootOfEchogenicity() {
    double[] bright = patchStats(envelopeOfUniform(1.0, 11L));
    double[] dim = patchStats(envelopeOfUniform(0.25, 11L));
    assertEquals(2.0, bright[0] / dim[0], 1e-3, "same scatterers, echo x4: amplitude x2");
    assertEquals(Math.sqrt(Math.PI) / 2, bright[0], 0.05, "unit-energy PSF: mean sqrt(pi)/2 for echo 1");
  }

  @Test
  void logCompressionDestroysTheRayleighRatio() {
    EchoMap m = EchoMap.uniform(300, 300, 0.1, 1.0, 0.0);
    byte[] img = new UltrasoundSimulator(KNEE_LIKE).image(m, ScattererField.covering(m, 5, 11L), new java.util.Random(3));
    float[] grey = new float[img.length];
    for (int i = 0; i < img.length; i++) {
      grey[i] = img[i] & 0xFF;
    }
    double[] s = patchStats(grey);
    assertTrue(s[0] / s[1] > RAYLEIGH_SNR + 1, "log-compressed speckle is far smoother than the envelope: "
        + s[0] / s[1]);
  }

  private static float[] envelopeOfUniform(double echo, long seed) {
    EchoMap m = EchoMap.uniform(300, 300, 0.1, echo, 0.7);
    return new UltrasoundSimulator(KNEE_LIKE).envelope(m, ScattererField.covering(m, 5, seed));
  }

  /** Mean and standard deviation of the central 200 x 200 patch of a 300 x 300 image. */
  private static double[] patchStats(float[] v) {
    double sum = 0;
    double sum2 = 0;
    int n = 0;
    for (int y = 50; y < 250; y++) {
      for (int x = 50; x < 250; x++) {
        double a = v[y * 300 + x];
        sum += a;
        sum2 += a * a;
        n++;
      }
    }
    double mean = sum / n;
    return new double[] {mean, Math.sqrt(sum2 / n - mean * mean)};
  }
}
