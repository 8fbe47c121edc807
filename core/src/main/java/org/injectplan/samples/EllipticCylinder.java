package org.injectplan.samples;

/**
 * An elliptic cylinder along patient z, limited to |z - centre z| <= halfLengthMm (the trunk's
 * soft tissue, a vessel). Span exact.
 */
record EllipticCylinder(Vec3 centre, double rx, double ry, double halfLengthMm) implements Solid {
  EllipticCylinder {
    if (!(rx > 0 && ry > 0 && halfLengthMm > 0)) {
      throw new IllegalArgumentException("cylinder radii and length must be positive");
    }
  }

  @Override
  public double[] span(Vec3 origin, Vec3 dir) {
    double ox = (origin.x() - centre.x()) / rx;
    double oy = (origin.y() - centre.y()) / ry;
    double dx = dir.x() / rx;
    double dy = dir.y() / ry;
    double a = dx * dx + dy * dy;
    double t0;
    double t1;
    if (a < 1e-15) {
      if (ox * ox + oy * oy > 1) {
        return null;
      }
      t0 = -1e9;
      t1 = 1e9;
    } else {
      double b = 2 * (ox * dx + oy * dy);
      double c = ox * ox + oy * oy - 1;
      double disc = b * b - 4 * a * c;
      if (disc <= 0) {
        return null;
      }
      double r = Math.sqrt(disc);
      t0 = (-b - r) / (2 * a);
      t1 = (-b + r) / (2 * a);
    }
    double oz = origin.z() - centre.z();
    if (Math.abs(dir.z()) > 1e-12) {
      double za = (-halfLengthMm - oz) / dir.z();
      double zb = (halfLengthMm - oz) / dir.z();
      t0 = Math.max(t0, Math.min(za, zb));
      t1 = Math.min(t1, Math.max(za, zb));
    } else if (Math.abs(oz) > halfLengthMm) {
      return null;
    }
    return t1 > t0 ? new double[] {t0, t1} : null;
  }
}
