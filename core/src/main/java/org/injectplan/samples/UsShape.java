package org.injectplan.samples;

/**
 * An elliptical structure of an ultrasound phantom: its inside tissue (null keeps what lies
 * beneath) and a rim of {@code rimMm} (outside the boundary when positive, inside when negative)
 * of the rim tissue, e.g. a capsule wall around fluid or the cortex of a bone.
 */
record UsShape(String name, Ellipse ellipse, UsTissue inside, UsTissue rim, double rimMm) {
  UsShape {
    if (rim != null && rimMm == 0) {
      throw new IllegalArgumentException(name + ": a rim tissue needs a non-zero rimMm");
    }
  }

  static UsShape filled(String name, Ellipse e, UsTissue inside) {
    return new UsShape(name, e, inside, null, 0);
  }
}
