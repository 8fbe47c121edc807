package org.injectplan.planning;

import org.injectplan.image.Mask;

/**
 * A structure the needle must keep away from, and how far. Clearance is the least distance from
 * the needle path (a segment) to the centre of any pixel of the structure; a path with an end
 * inside the structure has clearance 0. Boundary pixels are searched first: for a point farther
 * than half a pixel diagonal from every centre, the nearest centre is a boundary pixel; when the
 * segment comes that close it may enter the structure, and every pixel near it is searched.
 *
 * @param impassable true for bone and its acoustic shadow, which the needle cannot pass
 */
public record Obstacle(String name, Mask mask, double minClearanceMm, boolean impassable) {
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
      return of(x0Px, y0Px, x1Px, y1Px, true);
    }

    private double of(double x0Px, double y0Px, double x1Px, double y1Px, boolean exact) {
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
      double halfDiagonal = 0.5 * Math.hypot(scale.mmPerPixelX(), scale.mmPerPixelY());
      if (exact && best <= halfDiagonal * halfDiagonal) {
        // The segment may enter the structure, where the nearest centre can be an inner pixel.
        return nearInside(x0Px, y0Px, x1Px, y1Px, ax, ay, dx, dy, len2);
      }
      return Math.sqrt(best);
    }

    /** Exact search over the pixels within two of the segment (sampled every half pixel). */
    private double nearInside(double x0Px, double y0Px, double x1Px, double y1Px, double ax, double ay, double dx,
        double dy, double len2) {
      Mask m = obstacle.mask();
      double best = Double.POSITIVE_INFINITY;
      int steps = (int) Math.ceil(2 * Math.hypot(x1Px - x0Px, y1Px - y0Px)) + 1;
      for (int i = 0; i <= steps; i++) {
        int cx = (int) Math.floor(x0Px + (x1Px - x0Px) * i / steps);
        int cy = (int) Math.floor(y0Px + (y1Px - y0Px) * i / steps);
        for (int y = cy - 2; y <= cy + 2; y++) {
          for (int x = cx - 2; x <= cx + 2; x++) {
            if (m.get(x, y)) {
              double px = (x + 0.5) * scale.mmPerPixelX() - ax;
              double py = (y + 0.5) * scale.mmPerPixelY() - ay;
              double s = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
              best = Math.min(best, (px - s * dx) * (px - s * dx) + (py - s * dy) * (py - s * dy));
            }
          }
        }
      }
      return Math.sqrt(best);
    }

    /** Clearance minus the required minimum: >= 0 when the segment is acceptable. */
    public double margin(double x0Px, double y0Px, double x1Px, double y1Px) {
      double halfDiagonal = 0.5 * Math.hypot(scale.mmPerPixelX(), scale.mmPerPixelY());
      // Below half a pixel diagonal only the sign matters when the minimum is larger than that.
      boolean exact = obstacle.minClearanceMm() <= halfDiagonal;
      return of(x0Px, y0Px, x1Px, y1Px, exact) - obstacle.minClearanceMm();
    }
  }
}
