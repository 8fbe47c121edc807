package org.injectplan.samples;

/**
 * A rounded box: (x/rx)^4 + (y/ry)^4 + (z/rz)^4 <= 1 in its pose's frame (a vertebral body, an
 * articular process). Convex; its span is found by marching the ray through the bounding
 * ellipsoid in 0.25 mm steps and refining both ends by bisection to 1/256 of a step.
 */
record Superquadric(Pose pose, double rx, double ry, double rz) implements Solid {
  private static final double STEP_MM = 0.25;
  private static final int REFINE = 8;

  Superquadric {
    if (!(rx > 0 && ry > 0 && rz > 0)) {
      throw new IllegalArgumentException("superquadric radii must be positive: " + rx + ", " + ry + ", " + rz);
    }
  }

  Superquadric shrunkBy(double mm) {
    return new Superquadric(pose, rx - mm, ry - mm, rz - mm);
  }

  @Override
  public double[] span(Vec3 origin, Vec3 dir) {
    double k = Math.sqrt(3);
    double[] bound = new Ellipsoid(pose, rx * k, ry * k, rz * k).span(origin, dir);
    if (bound == null) {
      return null;
    }
    Vec3 o = pose.toLocal(origin.minus(pose.centre()));
    Vec3 d = pose.toLocal(dir);
    double first = Double.NaN;
    double last = Double.NaN;
    for (double t = bound[0]; t <= bound[1]; t += STEP_MM) {
      if (inside(o, d, t)) {
        if (Double.isNaN(first)) {
          first = t;
        }
        last = t;
      }
    }
    if (Double.isNaN(first)) {
      return null;
    }
    return new double[] {edge(o, d, first - STEP_MM, first), edge(o, d, last + STEP_MM, last)};
  }

  /** Bisects between an outside and an inside parameter. */
  private double edge(Vec3 o, Vec3 d, double out, double in) {
    for (int i = 0; i < REFINE; i++) {
      double mid = (out + in) / 2;
      if (inside(o, d, mid)) {
        in = mid;
      } else {
        out = mid;
      }
    }
    return (out + in) / 2;
  }

  private boolean inside(Vec3 o, Vec3 d, double t) {
    double x = (o.x() + t * d.x()) / rx;
    double y = (o.y() + t * d.y()) / ry;
    double z = (o.z() + t * d.z()) / rz;
    x *= x;
    y *= y;
    z *= z;
    return x * x + y * y + z * z <= 1;
  }
}
