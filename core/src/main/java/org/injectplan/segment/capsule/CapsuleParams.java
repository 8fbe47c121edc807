package org.injectplan.segment.capsule;

import java.util.Arrays;
import java.util.Locale;

/**
 * Parameters of the ultrasound capsule segmenter: an immutable value, validated. The defaults are
 * in one place, {@link #DEFAULTS}; each {@code withX} returns a copy with one parameter changed
 * (and validated), as Commons Math's configured objects do. There is no positional constructor.
 *
 * <ul>
 *   <li>{@code smoothingRadiusMm}: half-side of the speckle filter that finds the candidates
 *       (about one speckle grain or two)
 *   <li>{@code refineRadiusMm}: half-side of the finer filter that places the boundary
 *   <li>{@code minAreaMm2}: smallest recess reported
 *   <li>{@code maxAreaMm2}: largest recess reported (a larger dark space is a cavity, a vessel or
 *       a chamber, not a joint recess)
 *   <li>{@code minElongation}: smallest ratio of width to height of a recess found automatically
 *       (a recess is a flat pocket over bone; vessels and cardiac chambers are round or tall)
 *   <li>{@code minConfidence}: automatic mode refuses a best candidate scored below this
 *   <li>{@code seedSearchRadiusMm}: how far from a click seeded mode looks for the fluid
 *   <li>{@code levelShare}: where the boundary level lies between the pocket's own fluid level (0)
 *       and the tissue around it (1); below one half so that hypoechoic synovium and fat lobules,
 *       about a third of the way from fluid to tissue, stay outside
 *   <li>{@code edgeOffsetMm}: how far the level crossing is moved outwards to meet the inner face
 *       of the capsule wall (the wall echo's blur reaches into the fluid) when the offset is not
 *       measured on the edge (wall share 0, or a side too short); 0 to keep the crossing
 *   <li>{@code levelRadiusMm}: half-side of the square over which the fluid and tissue levels that
 *       set the boundary level are taken (they drift with depth and along the wall, {@link LocalLevel})
 *   <li>{@code wallShare}: where the capsule wall begins on the pocket's mean edge profile, as a share
 *       of the rise from the fluid's level to the wall's peak, measured per side ({@link EdgeProfile});
 *       0 for the fixed {@code edgeOffsetMm}
 * </ul>
 */
public final class CapsuleParams {
  /**
   * The defaults: sizes in millimetres as docs/algorithms.md explains them; the level share chosen on
   * the committed samples (seed 20240115) and checked on other seeds (SegmentationAccuracyTest); the
   * wall share between where the truth's edge lies on both looks of the samples (0.5-0.87).
   */
  public static final CapsuleParams DEFAULTS = new CapsuleParams().checked();

  private double smoothingRadiusMm = 1.0;
  private double refineRadiusMm = 0.35;
  private double minAreaMm2 = 8;
  private double maxAreaMm2 = 1500;
  private double minElongation = 1.4;
  private double minConfidence = 0.5;
  private double seedSearchRadiusMm = 2.0;
  private double levelShare = 0.35;
  private double edgeOffsetMm = 0.35;
  private double levelRadiusMm = 2.0;
  private double wallShare = 0.6;

  private CapsuleParams() {
  }

  private CapsuleParams copy() {
    CapsuleParams c = new CapsuleParams();
    c.smoothingRadiusMm = smoothingRadiusMm;
    c.refineRadiusMm = refineRadiusMm;
    c.minAreaMm2 = minAreaMm2;
    c.maxAreaMm2 = maxAreaMm2;
    c.minElongation = minElongation;
    c.minConfidence = minConfidence;
    c.seedSearchRadiusMm = seedSearchRadiusMm;
    c.levelShare = levelShare;
    c.edgeOffsetMm = edgeOffsetMm;
    c.levelRadiusMm = levelRadiusMm;
    c.wallShare = wallShare;
    return c;
  }

  public CapsuleParams withSmoothingRadiusMm(double v) {
    CapsuleParams c = copy();
    c.smoothingRadiusMm = v;
    return c.checked();
  }

  public CapsuleParams withRefineRadiusMm(double v) {
    CapsuleParams c = copy();
    c.refineRadiusMm = v;
    return c.checked();
  }

  public CapsuleParams withMinAreaMm2(double v) {
    CapsuleParams c = copy();
    c.minAreaMm2 = v;
    return c.checked();
  }

  public CapsuleParams withMaxAreaMm2(double v) {
    CapsuleParams c = copy();
    c.maxAreaMm2 = v;
    return c.checked();
  }

  public CapsuleParams withMinElongation(double v) {
    CapsuleParams c = copy();
    c.minElongation = v;
    return c.checked();
  }

  public CapsuleParams withMinConfidence(double v) {
    CapsuleParams c = copy();
    c.minConfidence = v;
    return c.checked();
  }

  public CapsuleParams withSeedSearchRadiusMm(double v) {
    CapsuleParams c = copy();
    c.seedSearchRadiusMm = v;
    return c.checked();
  }

  public CapsuleParams withLevelShare(double v) {
    CapsuleParams c = copy();
    c.levelShare = v;
    return c.checked();
  }

  public CapsuleParams withEdgeOffsetMm(double v) {
    CapsuleParams c = copy();
    c.edgeOffsetMm = v;
    return c.checked();
  }

  public CapsuleParams withLevelRadiusMm(double v) {
    CapsuleParams c = copy();
    c.levelRadiusMm = v;
    return c.checked();
  }

  public CapsuleParams withWallShare(double v) {
    CapsuleParams c = copy();
    c.wallShare = v;
    return c.checked();
  }

  /**
   * The first version's form: a fixed, isotropic edge offset of {@code v} mm (no speckle-measured
   * offset: wall share 0), the levels taken over 2 mm squares.
   */
  public CapsuleParams withFixedEdgeOffsetMm(double v) {
    CapsuleParams c = copy();
    c.edgeOffsetMm = v;
    c.levelRadiusMm = 2.0;
    c.wallShare = 0;
    return c.checked();
  }

  private CapsuleParams checked() {
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
    if (!(wallShare >= 0 && wallShare < 1)) {
      throw new IllegalArgumentException("wallShare must be in [0, 1): " + wallShare);
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
    return this;
  }

  private static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite: " + v);
    }
  }

  public double smoothingRadiusMm() {
    return smoothingRadiusMm;
  }

  public double refineRadiusMm() {
    return refineRadiusMm;
  }

  public double minAreaMm2() {
    return minAreaMm2;
  }

  public double maxAreaMm2() {
    return maxAreaMm2;
  }

  public double minElongation() {
    return minElongation;
  }

  public double minConfidence() {
    return minConfidence;
  }

  public double seedSearchRadiusMm() {
    return seedSearchRadiusMm;
  }

  public double levelShare() {
    return levelShare;
  }

  public double edgeOffsetMm() {
    return edgeOffsetMm;
  }

  public double levelRadiusMm() {
    return levelRadiusMm;
  }

  public double wallShare() {
    return wallShare;
  }

  private double[] values() {
    return new double[] {smoothingRadiusMm, refineRadiusMm, minAreaMm2, maxAreaMm2, minElongation, minConfidence,
        seedSearchRadiusMm, levelShare, edgeOffsetMm, levelRadiusMm, wallShare};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CapsuleParams p && Arrays.equals(values(), p.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CapsuleParams[smoothingRadiusMm=%s, refineRadiusMm=%s, minAreaMm2=%s,"
        + " maxAreaMm2=%s, minElongation=%s, minConfidence=%s, seedSearchRadiusMm=%s, levelShare=%s, edgeOffsetMm=%s,"
        + " levelRadiusMm=%s, wallShare=%s]", smoothingRadiusMm, refineRadiusMm, minAreaMm2, maxAreaMm2,
        minElongation, minConfidence, seedSearchRadiusMm, levelShare, edgeOffsetMm, levelRadiusMm, wallShare);
  }
}
