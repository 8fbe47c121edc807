package org.injectplan.samples;

/** An ellipsoid with radii along its pose's axes; the span is exact (a quadratic). */
record Ellipsoid(Pose pose, double rx, double ry, double rz) implements Solid {
  Ellipsoid {
    if (!(rx > 0 && ry > 0 && rz > 0)) {
      throw new IllegalArgumentException("ellipsoid radii must be positive: " + rx + ", " + ry + ", " + rz);
    }
  }

  static Ellipsoid at(Vec3 centre, double rx, double ry, double rz) {
    return new Ellipsoid(Pose.at(centre), rx, ry, rz);
  }

  Ellipsoid shrunkBy(double mm) {
    return new Ellipsoid(pose, rx - mm, ry - mm, rz - mm);
  }

  @Override
  public double[] span(Vec3 origin, Vec3 dir) {
    Vec3 o = pose.toLocal(origin.minus(pose.centre()));
    Vec3 d = pose.toLocal(dir);
    Vec3 os = new Vec3(o.x() / rx, o.y() / ry, o.z() / rz);
    Vec3 ds = new Vec3(d.x() / rx, d.y() / ry, d.z() / rz);
    double a = ds.dot(ds);
    double b = 2 * os.dot(ds);
    double c = os.dot(os) - 1;
    double disc = b * b - 4 * a * c;
    if (disc <= 0) {
      return null;
    }
    double r = Math.sqrt(disc);
    return new double[] {(-b - r) / (2 * a), (-b + r) / (2 * a)};
  }
}
