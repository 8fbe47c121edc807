package org.injectplan.segment;

/**
 * Parameters of the ultrasound capsule segmenter, validated on construction.
 *
 * @param smoothingRadiusMm half-side of the speckle filter that finds the candidates (about one
 *     speckle grain or two)
 * @param refineRadiusMm half-side of the finer filter that places the boundary
 * @param minAreaMm2 smallest recess reported
 * @param maxAreaMm2 largest recess reported (a larger dark space is a cavity, a vessel or a
 *     chamber, not a joint recess)
 * @param minElongation smallest ratio of width to height of a recess found automatically (a
 *     recess is a flat pocket over bone; vessels and cardiac chambers are round or tall)
 * @param minConfidence automatic mode refuses a best candidate scored below this
 * @param seedSearchRadiusMm how far from a click seeded mode looks for the fluid
 * @param levelShare where the boundary level lies between the pocket's own fluid level (0) and
 *     the tissue around it (1); below one half so that hypoechoic synovium and fat lobules, about
 *     a third of the way from fluid to tissue, stay outside
 * @param edgeOffsetMm how far the half-level edge is moved outwards to meet the inner face of
 *     the capsule wall (the wall echo's blur reaches into the fluid); 0 to keep the edge
 */
public record CapsuleParams(double smoothingRadiusMm, double refineRadiusMm, double minAreaMm2,
    double maxAreaMm2, double minElongation, double minConfidence, double seedSearchRadiusMm, double levelShare, double edgeOffsetMm) {

  /** The defaults, tuned on the sample scans (docs/algorithms.md). */
  public static final CapsuleParams DEFAULTS = new CapsuleParams(1.0, 0.35, 8, 1500, 1.4, 0.5, 2.0, 0.35, 0.35);

  public CapsuleParams {
    positive(smoothingRadiusMm, "smoothingRadiusMm");
    positive(refineRadiusMm, "refineRadiusMm");
    positive(minAreaMm2, "minAreaMm2");
    positive(seedSearchRadiusMm, "seedSearchRadiusMm");
    if (!(maxAreaMm2 > minAreaMm2) || Double.isInfinite(maxAreaMm2)) {
      throw new IllegalArgumentException("maxAreaMm2 must be finite and above minAreaMm2: " + maxAreaMm2);
    }
    if (!(levelShare > 0 && levelShare < 1)) {
      throw new IllegalArgumentException("levelShare must be in (0, 1): " + levelShare);
    }
    if (!(edgeOffsetMm >= 0 && edgeOffsetMm <= 5)) {
      throw new IllegalArgumentException("edgeOffsetMm must be in [0, 5]: " + edgeOffsetMm);
    }
    if (!(minElongation >= 1) || Double.isInfinite(minElongation)) {
      throw new IllegalArgumentException("minElongation must be >= 1: " + minElongation);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
    }
  }

  private static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite: " + v);
    }
  }
}
