package org.injectplan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the fluoroscopy phantoms from a seed: a lumbar spine (L3 to L5 and the sacrum) whose left
 * L4-L5 facet joint is the target, its facet joints curved ({@link FacetJoint}), and a right hip,
 * the target in its superolateral joint space and the view centred between it and the head. Bones are ellipsoids and rounded boxes with a
 * cortex (a shell of cortical attenuation around cancellous bone), inside a cylinder of soft
 * tissue. Attenuation coefficients are for about 60 keV, per mm, in excess of soft tissue for
 * bone: soft tissue 0.020, cortical bone +0.035, cancellous bone +0.010 (after Hubbell and
 * Seltzer, NIST X-ray attenuation tables, water and ICRU cortical bone, rounded).
 */
final class XaPhantomFactory {
  static final double MU_SOFT = 0.020;
  static final double MU_CORTICAL = 0.035;
  static final double MU_CANCELLOUS = 0.010;
  private final Random rng;
  private final List<XaPhantom.Attenuator> attenuators = new ArrayList<>();
  private final List<Solid> bones = new ArrayList<>();

  XaPhantomFactory(long seed) {
    this.rng = new Random(seed);
  }

  private double between(double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  /** The facet joint's angle to the sagittal plane, for the oblique view; set by {@link #spine}. */
  private double facetAngleDeg;

  double facetAngleDeg() {
    return facetAngleDeg;
  }

  private void bone(Solid outer, Solid inner) {
    attenuators.add(new XaPhantom.Attenuator(outer, MU_CORTICAL));
    attenuators.add(new XaPhantom.Attenuator(inner, MU_CANCELLOUS - MU_CORTICAL));
    bones.add(outer);
  }

  private void ellipsoidBone(Vec3 c, double rx, double ry, double rz, double cortexMm) {
    Ellipsoid e = Ellipsoid.at(c, rx, ry, rz);
    bone(e, e.shrunkBy(cortexMm));
  }

  XaPhantom spine() {
    double spacing = between(33, 37);
    facetAngleDeg = between(38, 52);
    double gap = between(1.6, 2.4);
    attenuators.add(new XaPhantom.Attenuator(new EllipticCylinder(new Vec3(0, -35, 0), between(140, 165),
        between(105, 120), 400), MU_SOFT));
    for (int k = 1; k >= -1; k--) {
      vertebra(new Vec3(0, 0, k * spacing));
    }
    ellipsoidBone(new Vec3(0, 15, -2 * spacing - 5), 45, 25, 30, 2);
    double radius = between(6.5, 8);
    FacetJoint target = null;
    for (int k = 1; k >= 0; k--) {
      for (int side = -1; side <= 1; side += 2) {
        FacetJoint j = new FacetJoint(new Vec3(side * 16, 33, k * spacing - spacing / 2), side, facetAngleDeg, gap,
            radius, FACET_HALF_HEIGHT_MM);
        j.addTo(attenuators, bones);
        if (k == 0 && side == 1) {
          target = j;
        }
      }
    }
    List<Solid> roots = List.of(Ellipsoid.at(new Vec3(20, 10, -spacing / 2 - 2), 3, 3, 7));
    return new XaPhantom("lumbar spine", attenuators, bones, target.gap(), FACET_MIN_CHORD_MM,
        List.of(target.innerProcess()), roots, "exiting L4 nerve root",
        target.midSurface(facetAngleDeg, -0.55 * FACET_HALF_HEIGHT_MM), "inferior recess of the left L4-L5 facet joint",
        target.midSurface(facetAngleDeg, -0.55 * FACET_HALF_HEIGHT_MM));
  }

  /** Half the height of a facet joint's gap, mm. */
  static final double FACET_HALF_HEIGHT_MM = 8.5;
  /**
   * Least run along a facet gap for a ray to show it: about one and a half gap widths, so the
   * truth is the edge-on part of the gap (a line about as wide as the gap), not rays that cross it.
   */
  static final double FACET_MIN_CHORD_MM = 3;

  private void vertebra(Vec3 c) {
    Superquadric body = new Superquadric(Pose.at(c), 24, 17, 13);
    bone(body, body.shrunkBy(1.5));
    for (int side = -1; side <= 1; side += 2) {
      ellipsoidBone(c.plus(new Vec3(side * 11, 20, 4)), 5, 10, 7, 1.5);
      ellipsoidBone(c.plus(new Vec3(side * 32, 22, 4)), 14, 4.5, 5, 1.2);
      ellipsoidBone(c.plus(new Vec3(side * 6, 38, -2)), 6, 4, 13, 1.2);
    }
    ellipsoidBone(c.plus(new Vec3(0, 48, -4)), 4, 14, 11, 1.2);
  }

  /** The hip target's direction from the head's centre: this far lateral of straight up, in the coronal plane. */
  static final double HIP_TARGET_DEG = Math.toRadians(25);
  /** Least run in the hip's cartilage shell for a ray to show the joint space (the shell is about 3 mm thick). */
  static final double HIP_MIN_CHORD_MM = 6;

  XaPhantom hip() {
    Vec3 h = new Vec3(-90, between(-5, 5), 0);
    double headR = between(22, 26);
    double cartilage = between(2.5, 3.5);
    attenuators.add(new XaPhantom.Attenuator(new EllipticCylinder(new Vec3(0, 10, 0), between(160, 180),
        between(105, 120), 400), MU_SOFT));
    Vec3 up = new Vec3(0.55, 0, 0.83).unit();
    Ellipsoid cupOuter = Ellipsoid.at(h, headR + cartilage + 7, headR + cartilage + 7, headR + cartilage + 7);
    Ellipsoid cupInner = Ellipsoid.at(h, headR + cartilage, headR + cartilage, headR + cartilage);
    Vec3 rim = h.minus(up.times(4));
    attenuators.add(new XaPhantom.Attenuator(cupOuter.clippedTo(rim, up), MU_CORTICAL));
    attenuators.add(new XaPhantom.Attenuator(cupInner.clippedTo(rim, up), -MU_CORTICAL));
    ellipsoidBone(h, headR, headR, headR, 1.5);
    ellipsoidBone(h.plus(new Vec3(20, 5, 60)), 30, 12, 42, 2);
    ellipsoidBone(h.plus(new Vec3(48, -12, -22)), 32, 8, 8, 1.5);
    ellipsoidBone(h.plus(new Vec3(18, 15, -42)), 12, 12, 25, 1.5);
    double neckShaftDeg = between(125, 135);
    double t = Math.toRadians(neckShaftDeg - 90);
    Vec3 a = new Vec3(-Math.cos(t), 0, -Math.sin(t));
    Ellipsoid neck = new Ellipsoid(Pose.along(h.plus(a.times(28)), a), 28, 15, 14);
    bone(neck, neck.shrunkBy(2));
    Vec3 base = h.plus(a.times(55));
    ellipsoidBone(base.plus(new Vec3(-4, 4, 12)), 14, 14, 20, 2);
    ellipsoidBone(base.plus(new Vec3(0, 0, -115)), 15, 15, 115, 5);
    ellipsoidBone(base.plus(new Vec3(15, 8, -30)), 8, 8, 10, 1.5);
    bones.add(cupOuter.clippedTo(rim, up));
    List<XaPhantom.Signed> joint = List.of(new XaPhantom.Signed(cupInner.clippedTo(rim, up), 1),
        new XaPhantom.Signed(Ellipsoid.at(h, headR, headR, headR).clippedTo(rim, up), -1));
    List<Solid> vessels = List.of(new EllipticCylinder(h.plus(new Vec3(24, -42, 0)), 4, 4, 120),
        new EllipticCylinder(h.plus(new Vec3(36, -40, 0)), 6, 5, 120));
    Vec3 superolateral = new Vec3(-Math.sin(HIP_TARGET_DEG), 0, Math.cos(HIP_TARGET_DEG));
    Vec3 target = h.plus(superolateral.times(headR + cartilage / 2));
    return new XaPhantom("right hip", attenuators, bones, joint, HIP_MIN_CHORD_MM,
        List.of(Ellipsoid.at(h, headR, headR, headR)), vessels, "femoral artery and vein", target,
        "superolateral hip joint space (between the femoral head and the acetabular roof)",
        target.plus(h).times(0.5));
  }
}
