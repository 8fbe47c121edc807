package org.injectplan.samples;

/**
 * An ellipse in a scan plane, in millimetres: centre (u, v) with u lateral and v depth, radii
 * along its own axes, turned by {@code tiltRad} (positive turns the u axis towards depth).
 */
record Ellipse(double centreUMm, double centreVMm, double radiusUMm, double radiusVMm, double tiltRad) {
  Ellipse {
    if (!(radiusUMm > 0) || !(radiusVMm > 0)) {
      throw new IllegalArgumentException("ellipse radii must be positive: " + radiusUMm + ", " + radiusVMm);
    }
  }

  /** The normalised radius: below 1 inside, 1 on the boundary. */
  double rho(double u, double v) {
    double c = Math.cos(tiltRad);
    double s = Math.sin(tiltRad);
    double du = u - centreUMm;
    double dv = v - centreVMm;
    double a = (du * c + dv * s) / radiusUMm;
    double b = (-du * s + dv * c) / radiusVMm;
    return Math.sqrt(a * a + b * b);
  }

  boolean contains(double u, double v) {
    return rho(u, v) < 1;
  }

  /**
   * Approximate signed distance to the boundary in mm (negative inside): (rho - 1) over the
   * gradient of rho.
   */
  double signedDistanceMm(double u, double v) {
    double[] n = gradient(u, v);
    double g = Math.hypot(n[0], n[1]);
    return g == 0 ? -Math.min(radiusUMm, radiusVMm) : (rho(u, v) - 1) / g;
  }

  /** The unit outward normal at (u, v) (the direction of the gradient of rho). */
  double[] normal(double u, double v) {
    double[] n = gradient(u, v);
    double g = Math.hypot(n[0], n[1]);
    return g == 0 ? new double[] {0, -1} : new double[] {n[0] / g, n[1] / g};
  }

  private double[] gradient(double u, double v) {
    double c = Math.cos(tiltRad);
    double s = Math.sin(tiltRad);
    double du = u - centreUMm;
    double dv = v - centreVMm;
    double a = (du * c + dv * s) / radiusUMm;
    double b = (-du * s + dv * c) / radiusVMm;
    double r = Math.sqrt(a * a + b * b);
    if (r == 0) {
      return new double[] {0, 0};
    }
    double da = a / (r * radiusUMm);
    double db = b / (r * radiusVMm);
    return new double[] {da * c - db * s, da * s + db * c};
  }

  /** The top of the ellipse (smallest depth) in mm. */
  double topVMm() {
    double c = Math.cos(tiltRad);
    double s = Math.sin(tiltRad);
    return centreVMm - Math.sqrt(Math.pow(radiusUMm * s, 2) + Math.pow(radiusVMm * c, 2));
  }

  /** The bottom of the ellipse (greatest depth) in mm. */
  double bottomVMm() {
    return 2 * centreVMm - topVMm();
  }

  Ellipse grownBy(double mm) {
    return new Ellipse(centreUMm, centreVMm, radiusUMm + mm, radiusVMm + mm, tiltRad);
  }
}
