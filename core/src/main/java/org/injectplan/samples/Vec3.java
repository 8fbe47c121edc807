package org.injectplan.samples;

/** A point or direction in patient space, in millimetres (LPS: +x left, +y posterior, +z head). */
public record Vec3(double x, double y, double z) {
  Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  Vec3 times(double s) {
    return new Vec3(x * s, y * s, z * s);
  }

  double dot(Vec3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  Vec3 cross(Vec3 o) {
    return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  double length() {
    return Math.sqrt(dot(this));
  }

  Vec3 unit() {
    double n = length();
    if (n == 0) {
      throw new IllegalArgumentException("a zero vector has no direction");
    }
    return times(1 / n);
  }

  double[] toArray() {
    return new double[] {x, y, z};
  }
}
