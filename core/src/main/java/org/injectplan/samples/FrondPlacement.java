package org.injectplan.samples;

/**
 * Where the ultrasound cases' synovial fronds (hypoechoic, not fluid) are put on the pocket's
 * inner wall.
 */
public enum FrondPlacement {
  /**
   * The first rule, which the committed sample set (seed 20240115) was made with until it was
   * regenerated with {@link #ON_WALL}: at 0.9 of the
   * pocket's radius vector, across that vector. Near the tips of an elongated, tilted pocket that
   * leaves a frond off the wall or askew to it, with slivers of fluid between frond and wall
   * thinner than the beam is wide: the truth counts them as fluid, no image can show them, and
   * they cost a segmentation up to 2 mm of HD95 on most other seeds.
   */
  RADIAL,
  /**
   * On the wall: centred on the (tilted) outline at the same parameter, half its half-thickness
   * inside, its long axis along the wall's tangent, so no fluid is left between frond and wall.
   * The default, and the committed sample set's rule.
   */
  ON_WALL
}
