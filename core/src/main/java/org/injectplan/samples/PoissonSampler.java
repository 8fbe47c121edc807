package org.injectplan.samples;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson variates from a seeded {@link Random}: Knuth's product method below a mean of 30,
 * Hörmann's transformed rejection with squeeze (PTRS, Insurance Math. Econ. 12:39-45, 1993)
 * above it.
 */
final class PoissonSampler {
  private static final double SMALL_MEAN = 30;
  private final Random rng;

  PoissonSampler(Random rng) {
    this.rng = rng;
  }

  long sample(double mean) {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("Poisson mean must be finite and >= 0: " + mean);
    }
    return mean < SMALL_MEAN ? knuth(mean) : ptrs(mean);
  }

  private long knuth(double mean) {
    double limit = Math.exp(-mean);
    double p = rng.nextDouble();
    long k = 0;
    while (p > limit) {
      p *= rng.nextDouble();
      k++;
    }
    return k;
  }

  private long ptrs(double mean) {
    double slam = Math.sqrt(mean);
    double loglam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || us < 0.013 && v > us) {
        continue;
      }
      double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
      if (lhs <= -mean + k * loglam - Gamma.logGamma(k + 1.0)) {
        return k;
      }
    }
  }
}
