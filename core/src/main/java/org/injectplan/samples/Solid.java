package org.injectplan.samples;

/**
 * A convex 3D shape a ray can cross: the span of the ray parameter inside it. Convex, so a ray
 * meets it in at most one interval.
 */
interface Solid {
  /**
   * The entry and exit parameters {t0, t1} (t0 < t1) of {@code origin + t dir} inside the solid,
   * or null when the ray misses it. {@code dir} is a unit vector, so t is in mm.
   */
  double[] span(Vec3 origin, Vec3 dir);

  default double chordMm(Vec3 origin, Vec3 dir) {
    double[] s = span(origin, dir);
    return s == null ? 0 : s[1] - s[0];
  }

  /** This solid cut to the half-space where (p - point) . normal >= 0. */
  default Solid clippedTo(Vec3 point, Vec3 normal) {
    Solid self = this;
    return (o, d) -> {
      double[] s = self.span(o, d);
      if (s == null) {
        return null;
      }
      double nd = normal.dot(d);
      double base = normal.dot(o.minus(point));
      double t0 = s[0];
      double t1 = s[1];
      if (nd == 0) {
        return base >= 0 ? s : null;
      }
      double tc = -base / nd;
      if (nd > 0) {
        t0 = Math.max(t0, tc);
      } else {
        t1 = Math.min(t1, tc);
      }
      return t1 > t0 ? new double[] {t0, t1} : null;
    };
  }
}
