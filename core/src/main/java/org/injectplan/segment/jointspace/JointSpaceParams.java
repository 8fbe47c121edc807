package org.injectplan.segment.jointspace;

/**
 * Parameters of the fluoroscopy joint-space detector, validated on construction.
 *
 * @param smoothingMm Gaussian sigma of the noise filter
 * @param flankMm how far either side of a pixel the articular surfaces are looked for (about the
 *     gap's half width plus the cortex)
 * @param alongMm half-length of the segment along the band that the lucency filter averages
 * @param minContrast least lucency of the gap over the brighter of its two (denser) flanks, as a
 *     share of the image's dynamic range (robust 1st-99th percentile)
 * @param minLengthMm shortest joint space reported
 * @param minElongation least length / width of the gap
 */
public record JointSpaceParams(double smoothingMm, double flankMm, double alongMm, double minContrast,
    double minLengthMm, double minElongation) {

  /** Defaults, measured on the four fluoroscopy samples and two other seeds (docs/algorithms.md). */
  public static final JointSpaceParams DEFAULTS = new JointSpaceParams(0.5, 1.5, 2.0, 0.015, 8, 3);

  public JointSpaceParams {
    if (!(smoothingMm > 0) || !(flankMm > 0) || !(minLengthMm > 0) || Double.isInfinite(smoothingMm)
        || Double.isInfinite(flankMm) || Double.isInfinite(minLengthMm)) {
      throw new IllegalArgumentException("smoothingMm, flankMm, minLengthMm must be positive and finite: "
          + smoothingMm + ", " + flankMm + ", " + minLengthMm);
    }
    if (!(alongMm >= 0) || !(alongMm <= flankMm * 4)) {
      throw new IllegalArgumentException("alongMm must be in [0, 4 flankMm]: " + alongMm);
    }
    if (!(minContrast > 0 && minContrast < 1)) {
      throw new IllegalArgumentException("minContrast must be in (0, 1): " + minContrast);
    }
    if (!(minElongation >= 1) || Double.isInfinite(minElongation)) {
      throw new IllegalArgumentException("minElongation must be >= 1: " + minElongation);
    }
  }
}
