package org.injectplan.planning;

/**
 * A structure the needle must keep away from, and how far. Clearance is the least distance from
 * the needle path (a segment) to the centre of any pixel of the structure; a path with an end
 * inside the structure has clearance 0. Only boundary pixels are searched: for a point farther
 * than half a pixel diagonal from the structure, the nearest pixel centre is a boundary pixel.
 *
 * @param impassable true for bone and its acoustic shadow, which the needle cannot pass
 */
public record Obstacle(String name, BinaryMask mask, double minClearanceMm, boolean impassable) {
  public Obstacle {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("obstacle name is missing");
    }
    if (mask == null) {
      throw new IllegalArgumentException("mask of " + name + " is missing");
    }
    if (!(minClearanceMm >= 0) || !Double.isFinite(minClearanceMm)) {
      throw new IllegalArgumentException("minClearanceMm of " + name + " must be finite and >= 0: "
          + minClearanceMm);
    }
  }

  /** The obstacle ready for fast clearance queries at the given scale. */
  public Clearance clearance(PixelScale scale) {
    return new Clearance(this, scale);
  }

  /** Boundary pixel centres in millimetres, for repeated segment queries. */
  public static final class Clearance {
    private final Obstacle obstacle;
    private final PixelScale scale;
    private final double[] xMm;
    private final double[] yMm;

    Clearance(Obstacle obstacle, PixelScale scale) {
      this.obstacle = obstacle;
      this.scale = scale;
      int[] b = obstacle.mask().boundary();
      xMm = new double[b.length / 2];
      yMm = new double[b.length / 2];
      for (int i = 0; i < xMm.length; i++) {
        xMm[i] = (b[2 * i] + 0.5) * scale.mmPerPixelX();
        yMm[i] = (b[2 * i + 1] + 0.5) * scale.mmPerPixelY();
      }
    }

    public Obstacle obstacle() {
      return obstacle;
    }

    /** Clearance of the segment between two pixel positions, in mm ({@code +inf} when empty). */
    public double of(double x0Px, double y0Px, double x1Px, double y1Px) {
      if (obstacle.mask().contains(x0Px, y0Px) || obstacle.mask().contains(x1Px, y1Px)) {
        return 0;
      }
      double ax = x0Px * scale.mmPerPixelX();
      double ay = y0Px * scale.mmPerPixelY();
      double dx = x1Px * scale.mmPerPixelX() - ax;
      double dy = y1Px * scale.mmPerPixelY() - ay;
      double len2 = dx * dx + dy * dy;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < xMm.length; i++) {
        double px = xMm[i] - ax;
        double py = yMm[i] - ay;
        double s = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        double ex = px - s * dx;
        double ey = py - s * dy;
        best = Math.min(best, ex * ex + ey * ey);
      }
      return Math.sqrt(best);
    }

    /** Clearance minus the required minimum: >= 0 when the segment is acceptable. */
    public double margin(double x0Px, double y0Px, double x1Px, double y1Px) {
      return of(x0Px, y0Px, x1Px, y1Px) - obstacle.minClearanceMm();
    }
  }
}
