package org.injectplan.samples;

import java.util.List;

/**
 * A 3D fluoroscopy phantom: what attenuates (each solid with its linear attenuation coefficient
 * in excess of what it displaces, per mm; negative for a cortex's hollow), and the truth: the
 * bones (for the bone mask), the joint space, the structures to avoid, and the target point.
 * A ray shows the joint space where it runs through at least {@code jointMinChordMm} of it
 * between the articular surfaces, without crossing the bone inside the gap ({@code jointInner}:
 * the femoral head, a facet's inferior articular process): the lucent line or crescent the
 * image shows where rays graze the gap, not the gap's whole shadow. A ray is in the joint region
 * ({@link #inJointRegion}) where it passes through the joint cavity at all: the whole cavity's
 * projection, where a needle tip inside the joint projects. The C-arm is centred on {@code aim}
 * (give or take a few millimetres).
 */
record XaPhantom(String name, List<Attenuator> attenuators, List<Solid> bones, List<Signed> jointSpace,
    double jointMinChordMm, List<Solid> jointInner,
    List<Solid> avoid, String avoidName, Vec3 target, String targetName, Vec3 aim) {

  /** A solid with its attenuation coefficient per mm. */
  record Attenuator(Solid solid, double muPerMm) {
  }

  /** A solid that adds (+1) or removes (-1) from a region, e.g. a shell as outer minus inner. */
  record Signed(Solid solid, int sign) {
  }

  XaPhantom {
    attenuators = List.copyOf(attenuators);
    bones = List.copyOf(bones);
    jointSpace = List.copyOf(jointSpace);
    jointInner = List.copyOf(jointInner);
    avoid = List.copyOf(avoid);
  }

  /** The line integral of attenuation (dimensionless) along a ray. */
  double lineIntegral(Vec3 origin, Vec3 dir) {
    double sum = 0;
    for (Attenuator a : attenuators) {
      sum += a.muPerMm() * a.solid().chordMm(origin, dir);
    }
    return sum;
  }

  double boneChordMm(Vec3 origin, Vec3 dir) {
    double max = 0;
    for (Solid s : bones) {
      max = Math.max(max, s.chordMm(origin, dir));
    }
    return max;
  }

  double jointChordMm(Vec3 origin, Vec3 dir) {
    double sum = 0;
    for (Signed s : jointSpace) {
      sum += s.sign() * s.solid().chordMm(origin, dir);
    }
    return sum;
  }

  /** Whether the ray shows the joint space: a long enough run in the gap, past the inner surface. */
  boolean showsJoint(Vec3 origin, Vec3 dir) {
    for (Solid s : jointInner) {
      if (s.chordMm(origin, dir) > 0) {
        return false;
      }
    }
    return jointChordMm(origin, dir) > jointMinChordMm;
  }

  /**
   * Whether the ray passes through the joint cavity at all (a run in it longer than {@link
   * #CAVITY_EPSILON_MM}, which only absorbs the rounding of outer minus inner chords).
   */
  boolean inJointRegion(Vec3 origin, Vec3 dir) {
    return jointChordMm(origin, dir) > CAVITY_EPSILON_MM;
  }

  /** A run in the cavity shorter than this is rounding (outer chord minus an equal inner chord), mm. */
  static final double CAVITY_EPSILON_MM = 1e-6;

  boolean hitsAvoid(Vec3 origin, Vec3 dir) {
    for (Solid s : avoid) {
      if (s.chordMm(origin, dir) > 0) {
        return true;
      }
    }
    return false;
  }
}
