package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A straight needle in the image plane, as the echo map sees it. A steel shaft is a specular
 * reflector: it returns the beam coherently, not as speckle. So every pixel of the shaft's band
 * (the needle's outer diameter) looks up one and the same scatterer, with its echogenicity divided
 * by that scatterer's power, so that the band is one in-phase reflector of amplitude
 * sqrt({@link #SHAFT_ECHO} x obliquity) per pixel: the point-spread function then sums it coherently
 * (a smooth line several times brighter than tissue of the same figure, which sums in random
 * phase). The obliquity is {@link UsAnatomy#obliquity} of the angle between the beam (straight
 * down) and the shaft's normal: brightest when the needle lies parallel to the transducer face,
 * dimmer as it steepens. The shaft attenuates more than tissue. Below it, reverberation between its
 * walls: {@link #REVERBERATIONS} fading coherent copies in thinner bands, each one wall-to-wall
 * distance along the beam ({@code diameter / cos(angle)}) deeper than the last, each
 * {@link #REVERB_RATIO} of the previous echo (a comet tail). The shaft runs from beyond the skin
 * entry (outside the image: nothing above the transducer face is imaged) to the tip; the tip is
 * the end of its axis. Truth labels are left as they were. Towards the tip the echo may fade as
 * real ones do ({@link NeedleLook}): over the last few millimetres it dims (the needle bends out
 * of the thin imaged slice), may split into the cannula's two walls (two thin parallel lines one
 * diameter apart, the lumen between them dark) and break into pieces; the bevel at the tip may
 * return a bright point.
 *
 * <p>Coordinates: frame pixels (as the plan writes them) with the image region's origin at
 * {@code (regionX0, regionY0)}, pixel centres at +0.5.
 *
 * @param entryXPx where the axis crosses the skin line (frame pixels)
 * @param entryYPx the skin line's row (the region's top edge)
 * @param tipXPx the tip, frame pixels
 * @param tipYPx the tip, frame pixels
 * @param gauge the needle's gauge (22G: outer diameter 0.72 mm)
 * @param diameterMm the outer diameter
 * @param look how the echo fades towards the tip ({@link NeedleLook#PLAIN}: a uniform shaft to the tip)
 */
record NeedleEcho(double entryXPx, double entryYPx, double tipXPx, double tipYPx, int gauge, double diameterMm,
    NeedleLook look) {
  /**
   * Echogenicity of the shaft met head on, per pixel and in phase: with the coherent gain of the
   * point-spread function (about 14 dB here) it shows about 25 dB above soft tissue (0.3-1).
   */
  static final double SHAFT_ECHO = 8;
  static final double SHAFT_ATTENUATION_DB_PER_CM_MHZ = 3.0;
  static final int REVERBERATIONS = 4;
  static final double REVERB_RATIO = 0.15;
  /** Thickness of each of the cannula's two walls where the echo splits into them (22G: (0.72 - 0.41) / 2 mm). */
  static final double WALL_MM = 0.15;
  /** 22G outer diameter (ISO 9626 nominal 0.70-0.72 mm). */
  static final double DIAMETER_22G_MM = 0.72;

  NeedleEcho {
    if (look == null) {
      throw new IllegalArgumentException("a needle needs a look (NeedleLook.PLAIN for a uniform shaft)");
    }
    if (!(diameterMm > 0) || gauge < 10 || gauge > 34) {
      throw new IllegalArgumentException("needle gauge " + gauge + " and diameter " + diameterMm + " mm are not a needle");
    }
    if (!(tipYPx > entryYPx)) {
      throw new IllegalArgumentException("the needle's tip must lie below its skin entry: " + tipYPx + " <= " + entryYPx);
    }
  }

  /** A uniform shaft to the tip ({@link NeedleLook#PLAIN}). */
  NeedleEcho(double entryXPx, double entryYPx, double tipXPx, double tipYPx, int gauge, double diameterMm) {
    this(entryXPx, entryYPx, tipXPx, tipYPx, gauge, diameterMm, NeedleLook.PLAIN);
  }

  /**
   * The reference plan's path turned about its skin entry by {@code deltaDeg} (steeper when
   * positive) and ending {@code shortMm} before the planned path length (a 22G needle).
   */
  static NeedleEcho deviatingFrom(ReferencePlan plan, UsGeometry g, double deltaDeg, double shortMm, NeedleLook look) {
    double mm = g.mmPerPixel();
    double sign = Math.signum(plan.targetXPx() - plan.entryXPx());
    double a = Math.toRadians(plan.angleDeg() + deltaDeg);
    double len = plan.pathLengthMm() - shortMm;
    return new NeedleEcho(plan.entryXPx(), plan.entryYPx(), plan.entryXPx() + sign * len * Math.cos(a) / mm,
        plan.entryYPx() + len * Math.sin(a) / mm, 22, DIAMETER_22G_MM, look);
  }

  /** The angle between the shaft and the transducer face (the skin line), degrees. */
  double angleDeg() {
    return Math.toDegrees(Math.atan2(tipYPx - entryYPx, Math.abs(tipXPx - entryXPx)));
  }

  /** The length from the skin entry to the tip, mm. */
  double lengthMm(double mmPerPixel) {
    return Math.hypot(tipXPx - entryXPx, tipYPx - entryYPx) * mmPerPixel;
  }

  /**
   * A copy of the map with the needle's echo, attenuation and reverberation in it; the needle's
   * pixels look up one scatterer of {@code field} (the one at the tip), in phase.
   */
  EchoMap paint(EchoMap m, UsGeometry g, ScattererField field) {
    float[] echo = m.echo().clone();
    float[] att = m.attenuationDbPerCmMhz().clone();
    float[] tu = m.tissueUMm().clone();
    float[] tv = m.tissueVMm().clone();
    float cu = (float) ((tipXPx - g.regionX0()) * m.mmPerPixel());
    float cv = (float) ((tipYPx - g.regionY0()) * m.mmPerPixel());
    int cell = field.index(cu, cv);
    double power = Math.max(1e-3, field.re(cell) * field.re(cell) + field.im(cell) * field.im(cell));
    double mm = m.mmPerPixel();
    double lenPx = Math.hypot(tipXPx - entryXPx, tipYPx - entryYPx);
    double ux = (tipXPx - entryXPx) / lenPx;
    double uy = (tipYPx - entryYPx) / lenPx;
    double cos = Math.abs(ux);
    double radiusPx = diameterMm / 2 / mm;
    double stepPx = diameterMm / cos / mm;
    double shaft = look.brightness() * SHAFT_ECHO * UsAnatomy.obliquity(new double[] {-uy, ux}) / power;
    double wallPx = Math.max(1.0, WALL_MM / mm);
    double tipPoint = look.tipGain() * SHAFT_ECHO / power;
    double bevelPx = diameterMm / mm;
    for (int y = 0; y < m.rows(); y++) {
      for (int x = 0; x < m.columns(); x++) {
        double px = g.regionX0() + x + 0.5 - entryXPx;
        double py = g.regionY0() + y + 0.5 - entryYPx;
        double along = px * ux + py * uy;
        double across = -px * uy + py * ux;
        int i = y * m.columns() + x;
        double toTipMm = (lenPx - along) * mm;
        if (tipPoint > 0 && Math.hypot(lenPx - along, across) <= bevelPx / 2 && along <= lenPx + bevelPx / 4) {
          put(echo, att, tu, tv, i, tipPoint, cu, cv);
          continue;
        }
        if (Math.abs(across) <= radiusPx && along >= 0 && along <= lenPx) {
          double f = look.fraction(toTipMm);
          boolean wall = !look.split(toTipMm) || Math.abs(across) >= radiusPx - wallPx;
          att[i] = (float) SHAFT_ATTENUATION_DB_PER_CM_MHZ;
          if (f > 0 && wall) {
            put(echo, att, tu, tv, i, shaft * f, cu, cv);
          }
          continue;
        }
        double vertical = across / ux; // how far below the shaft's axis, along the beam
        int copy = (int) Math.rint(vertical / stepPx);
        double above = along - vertical * uy; // where on the shaft the echo bounced
        double f = look.fraction((lenPx - above) * mm);
        if (copy >= 1 && copy <= REVERBERATIONS && Math.abs(vertical - copy * stepPx) <= radiusPx / 2 / cos
            && above >= 0 && above <= lenPx && f > 0) {
          echo[i] = (float) (shaft * f * Math.pow(REVERB_RATIO, copy));
          tu[i] = cu;
          tv[i] = cv;
        }
      }
    }
    return new EchoMap(m.columns(), m.rows(), mm, echo, att, m.labels(), tu, tv);
  }

  /** One pixel of the needle itself: in phase (the tip's scatterer), attenuating as steel. */
  private static void put(float[] echo, float[] att, float[] tu, float[] tv, int i, double value, float cu, float cv) {
    echo[i] = (float) value;
    att[i] = (float) SHAFT_ATTENUATION_DB_PER_CM_MHZ;
    tu[i] = cu;
    tv[i] = cv;
  }

  /** The needle's truth: skin entry and tip (frame pixels and mm from the region's top-left), angle, gauge. */
  ObjectNode toJson(UsGeometry g) {
    ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    n.put("gauge", gauge);
    n.put("diameterMm", diameterMm);
    point(n.putObject("entry"), entryXPx, entryYPx, g);
    point(n.putObject("tip"), tipXPx, tipYPx, g);
    n.put("angleDeg", round(angleDeg()));
    n.put("angleReference", "skin line (transducer face)");
    n.put("lengthInTissueMm", round(lengthMm(g.mmPerPixel())));
    if (!look.equals(NeedleLook.PLAIN)) {
      n.set("look", look.toJson());
    }
    return n;
  }

  private static void point(ObjectNode o, double xPx, double yPx, UsGeometry g) {
    o.put("xPx", round(xPx));
    o.put("yPx", round(yPx));
    o.put("uMm", round((xPx - g.regionX0()) * g.mmPerPixel()));
    o.put("vMm", round((yPx - g.regionY0()) * g.mmPerPixel()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
