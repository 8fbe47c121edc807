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
 * @param edgeOffsetMm how far the level crossing is moved outwards to meet the inner face of
 *     the capsule wall (the wall echo's blur reaches into the fluid) when the offset is not
 *     measured from the speckle (grains 0, or too little tissue); 0 to keep the crossing
 * @param levelRadiusMm half-side of the square over which the fluid and tissue levels that set
 *     the boundary level are taken (they drift with depth and along the wall, {@link LocalLevel})
 * @param edgeOffsetGrainsX the lateral edge offset in speckle half-widths ({@link SpeckleSize}):
 *     the wall's blur is the point-spread function, whose size the speckle shows; 0 for the
 *     fixed {@code edgeOffsetMm}
 * @param edgeOffsetGrainsY the axial edge offset in speckle half-widths
 */
public record CapsuleParams(double smoothingRadiusMm, double refineRadiusMm, double minAreaMm2,
    double maxAreaMm2, double minElongation, double minConfidence, double seedSearchRadiusMm, double levelShare, double edgeOffsetMm,
    double levelRadiusMm, double edgeOffsetGrainsX, double edgeOffsetGrainsY) {

  /**
   * The defaults: sizes in millimetres as docs/algorithms.md explains them; the level share and the
   * edge offsets in speckle half-widths chosen on the committed samples (seed 20240115) and checked
   * on other seeds (SegmentationAccuracyTest).
   */
  public static final CapsuleParams DEFAULTS = new CapsuleParams(1.0, 0.35, 8, 1500, 1.4, 0.5, 2.0, 0.35, 0.35, 2.0,
      1.75, 2.5);

  /**
   * The nine-parameter form of the first version: a fixed, isotropic edge offset; the levels
   * taken over 2 mm squares.
   */
  public CapsuleParams(double smoothingRadiusMm, double refineRadiusMm, double minAreaMm2, double maxAreaMm2,
      double minElongation, double minConfidence, double seedSearchRadiusMm, double levelShare, double edgeOffsetMm) {
    this(smoothingRadiusMm, refineRadiusMm, minAreaMm2, maxAreaMm2, minElongation, minConfidence, seedSearchRadiusMm,
        levelShare, edgeOffsetMm, 2.0, 0, 0);
  }

  public CapsuleParams {
    positive(smoothingRadiusMm, "smoothingRadiusMm");
    positive(refineRadiusMm, "refineRadiusMm");
    positive(minAreaMm2, "minAreaMm2");
    positive(seedSearchRadiusMm, "seedSearchRadiusMm");
    positive(levelRadiusMm, "levelRadiusMm");
    if (!(maxAreaMm2 > minAreaMm2) || Double.isInfinite(maxAreaMm2)) {
      throw new IllegalArgumentException("maxAreaMm2 must be finite and above minAreaMm2: " + maxAreaMm2);
    }
    if (!(levelShare > 0 && levelShare < 1)) {
      throw new IllegalArgumentException("levelShare must be in (0, 1): " + levelShare);
    }
    if (!(edgeOffsetGrainsX >= 0 && edgeOffsetGrainsX <= 10 && edgeOffsetGrainsY >= 0 && edgeOffsetGrainsY <= 10)) {
      throw new IllegalArgumentException("edge offsets in grains must be in [0, 10]: " + edgeOffsetGrainsX + ", "
          + edgeOffsetGrainsY);
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
