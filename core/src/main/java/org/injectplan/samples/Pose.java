package org.injectplan.samples;

/** A local frame: its centre and orthonormal axes in patient space. */
record Pose(Vec3 centre, Vec3 ex, Vec3 ey, Vec3 ez) {
  static Pose at(Vec3 centre) {
    return new Pose(centre, new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1));
  }

  /** Local x along {@code axis}; local z as close to patient z (head) as it allows. */
  static Pose along(Vec3 centre, Vec3 axis) {
    Vec3 ex = axis.unit();
    Vec3 hint = Math.abs(ex.z()) > 0.9 ? new Vec3(0, 1, 0) : new Vec3(0, 0, 1);
    Vec3 ey = hint.cross(ex).unit();
    Vec3 ez = ex.cross(ey);
    return new Pose(centre, ex, ey, ez);
  }

  /** Local coordinates of a patient-space vector (no translation). */
  Vec3 toLocal(Vec3 v) {
    return new Vec3(v.dot(ex), v.dot(ey), v.dot(ez));
  }
}
