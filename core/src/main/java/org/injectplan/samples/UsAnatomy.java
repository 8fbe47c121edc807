package org.injectplan.samples;

import java.util.List;

/**
 * A 2D ultrasound phantom in tissue coordinates (u lateral and v depth below the transducer face,
 * both in mm): horizontal layers under the skin, then elliptical structures painted over them in
 * order (fluid pockets with their capsule walls, bones with their cortex, vessels, hypoechoic
 * mimics). {@link #render} turns it into the echogenicity map of one cine frame.
 *
 * @param layers from the skin down; each layer reaches down to its {@code bottom} curve
 * @param shapes painted in order, later over earlier
 * @param pocket the joint's fluid pocket (what a cine compresses)
 * @param approachFromLeft whether the standard in-plane approach enters from the image's left
 * @param fibreTiltRad the tilt of muscle fibres, for their texture
 * @param textureSeed decorrelates the texture between cases
 * @param fascia whether a bright fascia line marks the boundary between layers below the dermis
 *     ({@link Look#REAL_TISSUE})
 */
record UsAnatomy(String joint, List<Layer> layers, List<UsShape> shapes, Ellipse pocket,
    boolean approachFromLeft, double fibreTiltRad, int textureSeed, boolean fascia) {
  /** Thickness of the fascia line between two layers (fascia lata, deep fascia: about 0.3-0.5 mm). */
  static final double FASCIA_MM = 0.4;
  /** A nerve's fascicles: circles of this radius on a hexagonal grid of this spacing. */
  static final double FASCICLE_RADIUS_MM = 0.35;
  static final double FASCICLE_SPACING_MM = 0.9;

  /** A layer of tissue down to a depth that varies gently across the image. */
  record Layer(UsTissue tissue, double bottomMm, double slope, double waveMm, double wavePeriodMm) {
    double bottomAt(double u) {
      return bottomMm + slope * u + waveMm * Math.sin(2 * Math.PI * u / wavePeriodMm);
    }
  }

  UsAnatomy {
    layers = List.copyOf(layers);
    shapes = List.copyOf(shapes);
    if (layers.isEmpty()) {
      throw new IllegalArgumentException(joint + ": an anatomy needs at least one layer");
    }
  }

  /** Renders the echogenicity map of the region for one probe state. */
  EchoMap render(UsGeometry g, CineFrame frame) {
    int w = g.regionColumns();
    int h = g.regionRows();
    int n = w * h;
    float[] echo = new float[n];
    float[] att = new float[n];
    byte[] labels = new byte[n];
    float[] tu = new float[n];
    float[] tv = new float[n];
    double mm = g.mmPerPixel();
    for (int x = 0; x < w; x++) {
      double u = (x + 0.5) * mm + frame.shiftMm();
      for (int y = 0; y < h; y++) {
        double v = tissueDepth(u, (y + 0.5) * mm, frame.compression());
        int i = y * w + x;
        tu[i] = (float) u;
        tv[i] = (float) v;
        sample(u, v, i, echo, att, labels);
      }
    }
    return new EchoMap(w, h, mm, echo, att, labels, tu, tv);
  }

  /**
   * The tissue depth shown at image depth {@code z}: the inverse of the compression map, which
   * is the identity above the pocket, squeezes the pocket uniformly and lifts what lies below it.
   */
  double tissueDepth(double u, double zMm, double compression) {
    if (compression == 0) {
      return zMm;
    }
    double top = pocket.topVMm();
    double height = pocket.bottomVMm() - top;
    double reach = 1.8 * pocket.radiusUMm();
    double weight = Math.exp(-Math.pow((u - pocket.centreUMm()) / reach, 2));
    double lift = compression * weight * height;
    if (zMm <= top) {
      return zMm;
    }
    if (zMm <= top + height - lift) {
      return top + (zMm - top) / (1 - compression * weight);
    }
    return zMm + lift;
  }

  private void sample(double u, double v, int i, float[] echo, float[] att, byte[] labels) {
    UsTissue t = layerAt(u, v);
    double specular = 1;
    double[] fasciaNormal = fascia ? fasciaAt(u, v) : null;
    if (fasciaNormal != null) {
      t = UsTissue.FASCIA;
      specular = obliquity(fasciaNormal);
    }
    for (UsShape s : shapes) {
      Ellipse e = s.ellipse();
      double reach = Math.max(e.radiusUMm(), e.radiusVMm()) + Math.abs(s.rimMm()) + 1;
      if (Math.abs(u - e.centreUMm()) > reach || Math.abs(v - e.centreVMm()) > reach) {
        continue;
      }
      double d = e.signedDistanceMm(u, v);
      if (d < 0 && s.inside() != null) {
        t = s.inside();
        specular = 1;
      }
      boolean inRim = s.rimMm() > 0 ? d >= 0 && d < s.rimMm() : d < 0 && d >= s.rimMm();
      if (s.rim() != null && inRim) {
        t = s.rim();
        specular = obliquity(e.normal(u, v));
      }
    }
    echo[i] = (float) (t.echo() * texture(t.texture(), u, v) * (t.specular() ? specular : 1));
    att[i] = (float) t.attenuationDbPerCmMhz();
    labels[i] = (byte) t.labels();
  }

  /**
   * A specular reflector returns most when the beam (straight down, +v) meets it head on, and
   * fades as the surface turns oblique: 0.1 + 0.9 cos^4 of the angle between beam and normal.
   */
  static double obliquity(double[] normal) {
    double c = Math.abs(normal[1]);
    return 0.1 + 0.9 * c * c * c * c;
  }

  /**
   * The normal of the fascia line at (u, v) if the point lies within {@link #FASCIA_MM} / 2 of the
   * boundary between two layers below the dermis, else null.
   */
  private double[] fasciaAt(double u, double v) {
    for (int k = 1; k < layers.size() - 1; k++) {
      Layer l = layers.get(k);
      if (Math.abs(v - l.bottomAt(u)) <= FASCIA_MM / 2) {
        double slope = (l.bottomAt(u + 0.05) - l.bottomAt(u - 0.05)) / 0.1;
        double n = Math.hypot(1, slope);
        return new double[] {-slope / n, 1 / n};
      }
    }
    return null;
  }

  private UsTissue layerAt(double u, double v) {
    for (Layer l : layers) {
      if (v < l.bottomAt(u)) {
        return l.tissue();
      }
    }
    return layers.get(layers.size() - 1).tissue();
  }

  private double texture(UsTissue.Texture tex, double u, double v) {
    switch (tex) {
      case FAT_SEPTA -> {
        double w = v + 1.2 * Math.sin(u / 3.1 + textureSeed);
        double cell = w / 2.6;
        boolean septum = cell - Math.floor(cell) < 0.14 && hash((int) Math.floor(cell), (int) Math.floor(u / 5)) < 0.7;
        return septum ? 4.0 : 1.0;
      }
      case FIBRILLAR -> {
        double w = v * Math.cos(fibreTiltRad) - u * Math.sin(fibreTiltRad) + 0.3 * Math.sin(u / 5 + textureSeed);
        double cell = w / 1.5;
        boolean perimysium = cell - Math.floor(cell) < 0.2 && hash((int) Math.floor(cell), (int) Math.floor(u / 6)) < 0.75;
        return perimysium ? 3.0 : 1.0;
      }
      case HONEYCOMB -> {
        return honeycomb(u, v) ? 0.25 : 1.6;
      }
      default -> {
        return 1.0;
      }
    }
  }

  /** Whether (u, v) lies in a fascicle: circles on a hexagonal grid (rows offset by half a spacing). */
  private static boolean honeycomb(double u, double v) {
    double rowMm = FASCICLE_SPACING_MM * Math.sqrt(3) / 2;
    long row = Math.round(v / rowMm);
    double offset = (row & 1) == 0 ? 0 : FASCICLE_SPACING_MM / 2;
    double col = Math.round((u - offset) / FASCICLE_SPACING_MM);
    double du = u - offset - col * FASCICLE_SPACING_MM;
    double dv = v - row * rowMm;
    return du * du + dv * dv <= FASCICLE_RADIUS_MM * FASCICLE_RADIUS_MM;
  }

  /** A deterministic value in [0, 1) for an integer cell (integer mixing, no random state). */
  private double hash(int a, int b) {
    long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + textureSeed * 0x165667B19E3779F9L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return (h >>> 11) / (double) (1L << 53);
  }
}
