package org.injectplan.plan;

/**
 * One deposition point when the volume is split along a long recess.
 *
 * @param xPx position across, pixels (full frame)
 * @param yPx position down, pixels
 * @param xMm the same across, millimetres from the frame's left edge; {@code null} when uncalibrated
 * @param yMm the same down, millimetres from the frame's top edge; {@code null} when uncalibrated
 * @param volumeMl the share of the volume injected here, mL
 */
public record DepositionPoint(double xPx, double yPx, Double xMm, Double yMm, double volumeMl) {
  public DepositionPoint {
    new PixelPoint(xPx, yPx);
    if ((xMm == null) != (yMm == null)) {
      throw new IllegalArgumentException("deposition point: give both xMm and yMm or neither");
    }
    PlanChecks.requireNonNegativeOrNull(xMm, "deposition.points.xMm");
    PlanChecks.requireNonNegativeOrNull(yMm, "deposition.points.yMm");
    PlanChecks.requirePositive(volumeMl, "deposition.points.volumeMl");
  }
}
