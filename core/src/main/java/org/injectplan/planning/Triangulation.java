package org.injectplan.planning;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A target seen in two C-arm views (an AP and a lateral): the midpoint of the shortest segment
 * between the two back-projected rays. The triangulation error is that segment's length (0 when
 * the rays meet); the reprojection error is the largest distance, in pixels, between the given
 * target pixels and the reprojected point.
 *
 * @param targetMm the target relative to the isocentre (LPS, mm)
 */
public record Triangulation(Vector3D targetMm, double rayGapMm, double reprojectionErrorPx) {

  /**
   * Triangulates pixel {@code a} of view {@code va} with pixel {@code b} of view {@code vb}.
   *
   * @throws IllegalArgumentException when the rays are (nearly) parallel (views less than 5 degrees apart)
   */
  public static Triangulation of(CArmView va, double[] a, CArmView vb, double[] b) {
    Vector3D p = va.source();
    Vector3D u = va.ray(a[0], a[1]);
    Vector3D q = vb.source();
    Vector3D v = vb.ray(b[0], b[1]);
    double uv = u.dotProduct(v);
    if (1 - Math.abs(uv) < 1 - Math.cos(Math.toRadians(5))) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "the two views are %.1f deg apart: too close to triangulate (need >= 5 deg)",
          Math.toDegrees(Math.acos(Math.min(1, Math.abs(uv))))));
    }
    Vector3D w = p.subtract(q);
    double uw = u.dotProduct(w);
    double vw = v.dotProduct(w);
    double den = 1 - uv * uv;
    double s = (uv * vw - uw) / den;
    double t = (vw - uv * uw) / den;
    Vector3D pa = p.add(u.scalarMultiply(s));
    Vector3D pb = q.add(v.scalarMultiply(t));
    Vector3D mid = pa.add(pb).scalarMultiply(0.5);
    double[] ra = va.project(mid);
    double[] rb = vb.project(mid);
    double reproj = Math.max(Math.hypot(ra[0] - a[0], ra[1] - a[1]), Math.hypot(rb[0] - b[0], rb[1] - b[1]));
    return new Triangulation(mid, pa.distance(pb), reproj);
  }

  /**
   * The point of view {@code va}'s ray through pixel {@code a} nearest to view {@code vb}'s ray
   * through pixel {@code b}: e.g. the skin on the approach side of a target's ray, clicked in a
   * second view.
   *
   * @throws IllegalArgumentException when the rays are (nearly) parallel
   */
  public static Vector3D nearestOnFirstRay(CArmView va, double[] a, CArmView vb, double[] b) {
    Vector3D p = va.source();
    Vector3D u = va.ray(a[0], a[1]);
    Vector3D v = vb.ray(b[0], b[1]);
    double uv = u.dotProduct(v);
    if (1 - Math.abs(uv) < 1 - Math.cos(Math.toRadians(5))) {
      throw new IllegalArgumentException("the two rays are less than 5 deg apart: no crossing point");
    }
    Vector3D w = p.subtract(vb.source());
    double s = (uv * v.dotProduct(w) - u.dotProduct(w)) / (1 - uv * uv);
    return p.add(u.scalarMultiply(s));
  }

  /**
   * Depth of the target below a skin point along a view's beam, mm: the projection of
   * (target - skin) on the beam direction.
   */
  public double depthAlongBeamMm(CArmView view, Vector3D skinMm) {
    return targetMm.subtract(skinMm).dotProduct(view.beam());
  }
}
