package org.injectplan.planning;

import java.util.List;
import org.injectplan.plan.PixelPoint;

/**
 * Where an in-plane entry may go for a fixed target: on the skin line, at the transducer's edge
 * or beyond it (the skin under the transducer cannot be punctured), at an angle to the
 * transducer face of at most {@code maxAngleDeg}, with a path no longer than {@code maxPathMm},
 * clearing every obstacle by its minimum. The free variable is the offset {@code s} (pixels) of
 * the entry beyond the image's edge on the chosen side.
 */
public record EntryProblem(PixelPoint target, double skinYPx, double imageX0Px, double imageX1Px,
    PixelScale scale, double maxAngleDeg, double maxPathMm, List<Obstacle.Clearance> obstacles) {

  public EntryProblem {
    if (target == null || scale == null) {
      throw new IllegalArgumentException("target and scale are required");
    }
    if (!(target.yPx() > skinYPx)) {
      throw new IllegalArgumentException("the target must lie below the skin line: " + target.yPx());
    }
    if (!(target.xPx() >= imageX0Px && target.xPx() <= imageX1Px)) {
      throw new IllegalArgumentException("the target must lie inside the image: x " + target.xPx());
    }
    if (!(maxAngleDeg > 0 && maxAngleDeg < 90)) {
      throw new IllegalArgumentException("maxAngleDeg must be in (0, 90): " + maxAngleDeg);
    }
    if (!(maxPathMm > 0)) {
      throw new IllegalArgumentException("maxPathMm must be > 0: " + maxPathMm);
    }
    obstacles = List.copyOf(obstacles);
  }

  /** The path whose entry lies {@code sPx} beyond the edge on {@code side} (LEFT or RIGHT). */
  public InPlanePath path(Side side, double sPx) {
    double ex = side == Side.LEFT ? imageX0Px - sPx : imageX1Px + sPx;
    return new InPlanePath(new PixelPoint(ex, skinYPx), target, imageX0Px, imageX1Px, scale);
  }

  /** The least offset at which the angle is at most the maximum. */
  public double minOffsetPx(Side side) {
    double depthMm = (target.yPx() - skinYPx) * scale.mmPerPixelY();
    double runPx = depthMm / Math.tan(Math.toRadians(maxAngleDeg)) / scale.mmPerPixelX();
    return Math.max(0, runPx - edgeRunPx(side));
  }

  /** The largest offset at which the path is at most {@code maxPathMm} (NaN when none is). */
  public double maxOffsetPx(Side side) {
    double depthMm = (target.yPx() - skinYPx) * scale.mmPerPixelY();
    if (depthMm > maxPathMm) {
      return Double.NaN;
    }
    double runPx = Math.sqrt(maxPathMm * maxPathMm - depthMm * depthMm) / scale.mmPerPixelX();
    return runPx - edgeRunPx(side);
  }

  /** Clearance margin (>= 0: acceptable) of the path at offset s. */
  public double margin(Side side, double sPx) {
    return path(side, sPx).margin(obstacles);
  }

  private double edgeRunPx(Side side) {
    return side == Side.LEFT ? target.xPx() - imageX0Px : imageX1Px - target.xPx();
  }
}
