package org.injectplan.samples;

import java.util.List;

/**
 * A lumbar facet joint, curved in the axial plane as real ones are (C-shaped: the superior
 * articular process of the vertebra below cups the inferior articular process of the one above;
 * Bogduk, Clinical Anatomy of the Lumbar Spine, ch. 3). Its gap is a cylindrical shell of
 * thickness {@code gapMm} about a vertical axis, cut to a wedge of orientations: at the
 * orientation {@code a} (the joint plane's angle to the sagittal plane) its outward normal is
 * {@code (side cos a, -sin a, 0)}. The wedge runs from {@link #A_MIN_DEG} (sagittal and beyond,
 * the posterolateral part) to {@link #A_MAX_DEG} (coronal and beyond, the anteromedial part), so
 * an AP view sees the gap edge-on at its sagittal part, a lateral view at its coronal part, and
 * an oblique view at the facet angle: on each, a lucent line between two cortices, as on real
 * fluoroscopy.
 *
 * @param centre the point of the gap's mid-surface where the joint's angle is {@code facetDeg}
 */
record FacetJoint(Vec3 centre, int side, double facetDeg, double gapMm, double radiusMm, double halfHeightMm) {
  static final double A_MIN_DEG = -30;
  static final double A_MAX_DEG = 118;
  /** Thickness of the superior articular process's shell around the gap, mm. */
  static final double SAP_MM = 4.5;
  static final double CORTEX_MM = 1.0;

  FacetJoint {
    if (side != 1 && side != -1) {
      throw new IllegalArgumentException("side must be +1 (left) or -1 (right): " + side);
    }
    if (!(gapMm > 0) || !(radiusMm > gapMm / 2 + 2 * CORTEX_MM) || !(halfHeightMm > 2 * CORTEX_MM)) {
      throw new IllegalArgumentException("need gap > 0, radius > gap/2 + 2 cortices, half height > 2 cortices");
    }
  }

  /** Outward unit normal of the joint where its angle to the sagittal plane is {@code aDeg}. */
  Vec3 normal(double aDeg) {
    double a = Math.toRadians(aDeg);
    return new Vec3(side * Math.cos(a), -Math.sin(a), 0);
  }

  /** The axis of curvature (a point on it at the centre's height). */
  Vec3 axis() {
    return centre.minus(normal(facetDeg).times(radiusMm));
  }

  /** The point of the gap's mid-surface at angle {@code aDeg}, {@code dzMm} above the centre. */
  Vec3 midSurface(double aDeg, double dzMm) {
    return axis().plus(normal(aDeg).times(radiusMm)).plus(new Vec3(0, 0, dzMm));
  }

  /** A vertical cylinder about the axis, cut to the joint's wedge of orientations. */
  private Solid sector(double r, double halfHeight) {
    Vec3 o = axis();
    double lo = Math.toRadians(A_MIN_DEG);
    double hi = Math.toRadians(A_MAX_DEG);
    Vec3 intoFromLo = new Vec3(-side * Math.sin(lo), -Math.cos(lo), 0);
    Vec3 intoFromHi = new Vec3(side * Math.sin(hi), Math.cos(hi), 0);
    return new EllipticCylinder(o, r, r, halfHeight).clippedTo(o, intoFromLo).clippedTo(o, intoFromHi);
  }

  /** The gap: the region between the two articular surfaces (outer minus inner). */
  List<XaPhantom.Signed> gap() {
    return List.of(new XaPhantom.Signed(sector(radiusMm + gapMm / 2, halfHeightMm), 1),
        new XaPhantom.Signed(sector(radiusMm - gapMm / 2, halfHeightMm), -1));
  }

  /** The inferior articular process (the bone inside the gap's curve): a ray through it does not show the gap. */
  Solid innerProcess() {
    return sector(radiusMm - gapMm / 2, halfHeightMm + 0.5);
  }

  /**
   * The two articular processes with cortex and cancellous bone: the inferior process of the
   * vertebra above (the solid sector inside the gap) and the superior process of the one below (a
   * shell outside it).
   */
  void addTo(List<XaPhantom.Attenuator> attenuators, List<Solid> bones) {
    double inner = radiusMm - gapMm / 2;
    double outer = radiusMm + gapMm / 2;
    double h = halfHeightMm + 0.5;
    double spongy = XaPhantomFactory.MU_CANCELLOUS - XaPhantomFactory.MU_CORTICAL;
    Solid iap = innerProcess();
    attenuators.add(new XaPhantom.Attenuator(iap, XaPhantomFactory.MU_CORTICAL));
    attenuators.add(new XaPhantom.Attenuator(sector(inner - CORTEX_MM, h - CORTEX_MM), spongy));
    Solid sap = sector(outer + SAP_MM, h);
    attenuators.add(new XaPhantom.Attenuator(sap, XaPhantomFactory.MU_CORTICAL));
    attenuators.add(new XaPhantom.Attenuator(sector(outer, h), -XaPhantomFactory.MU_CORTICAL));
    attenuators.add(new XaPhantom.Attenuator(sector(outer + SAP_MM - CORTEX_MM, h - CORTEX_MM), spongy));
    attenuators.add(new XaPhantom.Attenuator(sector(outer + CORTEX_MM, h - CORTEX_MM), -spongy));
    bones.add(iap);
    bones.add(sap);
  }
}
