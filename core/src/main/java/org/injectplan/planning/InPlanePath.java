package org.injectplan.planning;

import org.injectplan.plan.PixelPoint;

/**
 * A straight in-plane needle path from an entry on the skin line (the transducer face, the top
 * edge of the image region) to a target below it. The entry may lie beyond the image's edge (the
 * transducer's edge): the part of the path between the skin entry and the image edge is not
 * imaged, and is counted in the path length.
 *
 * @param imageX0Px left edge of the image region (continuous, the first column's left side)
 * @param imageX1Px right edge of the image region (continuous, the last column's right side)
 */
public record InPlanePath(PixelPoint entry, PixelPoint target, double imageX0Px, double imageX1Px,
    PixelScale scale) {
  public InPlanePath {
    if (entry == null || target == null || scale == null) {
      throw new IllegalArgumentException("entry, target and scale are required");
    }
    if (!(target.yPx() > entry.yPx())) {
      throw new IllegalArgumentException("the target must lie below the skin line: target y " + target.yPx()
          + " <= entry y " + entry.yPx());
    }
    if (!(imageX1Px > imageX0Px)) {
      throw new IllegalArgumentException("image edges out of order: " + imageX0Px + ", " + imageX1Px);
    }
  }

  /** Target depth below the skin line, mm. */
  public double depthMm() {
    return (target.yPx() - entry.yPx()) * scale.mmPerPixelY();
  }

  /** Needle path length from the skin entry to the target, mm. */
  public double lengthMm() {
    return scale.lengthMm(target.xPx() - entry.xPx(), target.yPx() - entry.yPx());
  }

  /** Angle between the needle and the transducer face (skin line), degrees. */
  public double angleDeg() {
    double run = Math.abs(target.xPx() - entry.xPx()) * scale.mmPerPixelX();
    return Math.toDegrees(Math.atan2(depthMm(), run));
  }

  /** The share (0..1) of the path that lies beyond the image's edge. */
  public double outsideFraction() {
    double ex = entry.xPx();
    double tx = target.xPx();
    if (ex >= imageX0Px && ex <= imageX1Px) {
      return 0;
    }
    double edge = ex < imageX0Px ? imageX0Px : imageX1Px;
    if (tx == ex) {
      return 0;
    }
    return Math.max(0, Math.min(1, (edge - ex) / (tx - ex)));
  }

  /** Path length between the skin entry and the image edge, mm (0 when the entry is imaged). */
  public double outsideLengthMm() {
    return lengthMm() * outsideFraction();
  }

  /** Path length inside the image, mm. */
  public double insideLengthMm() {
    return lengthMm() - outsideLengthMm();
  }

  /** Whether the needle comes from the image's left. */
  public boolean fromLeft() {
    return entry.xPx() < target.xPx();
  }

  /** The least clearance minus its minimum over the obstacles (>= 0: acceptable). */
  public double margin(Iterable<Obstacle.Clearance> obstacles) {
    double m = Double.POSITIVE_INFINITY;
    for (Obstacle.Clearance c : obstacles) {
      m = Math.min(m, c.margin(entry.xPx(), entry.yPx(), target.xPx(), target.yPx()));
    }
    return m;
  }
}
