package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * How a simulated needle's echo looks towards its tip, as on real frames: over the last
 * {@code taperMm} the shaft's echo falls linearly to {@code endFraction} of its level (the shaft
 * leaves the thin imaged slice, so less of it reflects); when {@code split}, only the cannula's
 * two walls reflect there (two faint parallel lines one diameter apart, the lumen between dark);
 * when {@code breakUpMm} is above 0, gaps of that length every {@link #BREAK_PERIOD_MM} along the
 * taper (starting {@code breakPhaseMm} from the tip) carry no echo at all; the bevel at the tip
 * returns a bright point of {@code tipGain} times the head-on shaft's echo (0: none). The whole
 * shaft is {@code brightness} times the in-plane echo (a needle slightly out of plane is dimmer).
 */
record NeedleLook(double taperMm, double endFraction, boolean split, double breakUpMm, double breakPhaseMm,
    double tipGain, double brightness) {
  /** A uniform shaft to the tip: no taper, no split, no bright tip. */
  static final NeedleLook PLAIN = new NeedleLook(0, 1, false, 0, 0, 0, 1);
  /** Gaps recur this often along the taper. */
  static final double BREAK_PERIOD_MM = 2.0;

  NeedleLook {
    if (!(taperMm >= 0 && taperMm <= 20) || !(endFraction >= 0 && endFraction <= 1)) {
      throw new IllegalArgumentException("taperMm must be in [0, 20] and endFraction in [0, 1]: " + taperMm + ", "
          + endFraction);
    }
    if (!(breakUpMm >= 0 && breakUpMm < BREAK_PERIOD_MM) || !(breakPhaseMm >= 0) || !(tipGain >= 0)
        || !(brightness > 0 && brightness <= 1)) {
      throw new IllegalArgumentException("breakUpMm in [0, " + BREAK_PERIOD_MM + "), breakPhaseMm >= 0, tipGain >= 0"
          + " and brightness in (0, 1] required");
    }
  }

  /**
   * A look drawn from the ranges seen on real frames: taper 1.5-5 mm down to 15-40% of the shaft;
   * half split into the two walls; a third broken into 0.5-1.1 mm gaps; two thirds with a bright
   * bevel point (0.3-1.0 of the head-on shaft); brightness 0.5-1.
   */
  static NeedleLook random(Random r) {
    double taper = 1.5 + 3.5 * r.nextDouble();
    double end = 0.15 + 0.25 * r.nextDouble();
    boolean split = r.nextBoolean();
    double breakUp = r.nextDouble() < 1.0 / 3 ? 0.5 + 0.6 * r.nextDouble() : 0;
    double phase = 0.5 + r.nextDouble();
    double tip = r.nextDouble() < 2.0 / 3 ? 0.3 + 0.7 * r.nextDouble() : 0;
    return new NeedleLook(taper, end, split, breakUp, phase, tip, 0.5 + 0.5 * r.nextDouble());
  }

  /** The shaft's echo at {@code toTipMm} from the tip, as a fraction of its full level (0 in a gap). */
  double fraction(double toTipMm) {
    if (toTipMm >= taperMm) {
      return 1;
    }
    double s = Math.max(0, toTipMm);
    if (breakUpMm > 0 && s >= breakPhaseMm && (s - breakPhaseMm) % BREAK_PERIOD_MM < breakUpMm) {
      return 0;
    }
    return endFraction + (1 - endFraction) * s / taperMm;
  }

  /** Whether only the two walls reflect at {@code toTipMm} from the tip. */
  boolean split(double toTipMm) {
    return split && toTipMm < taperMm;
  }

  ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("taperMm", round(taperMm));
    n.put("endFraction", round(endFraction));
    n.put("splitIntoWalls", split);
    n.put("breakUpMm", round(breakUpMm));
    n.put("breakPhaseMm", round(breakPhaseMm));
    n.put("tipGain", round(tipGain));
    n.put("brightness", round(brightness));
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
