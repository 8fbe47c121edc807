package org.injectplan.segment.structures;

import org.injectplan.image.MaskMoments;

/**
 * What follows from anatomy and physics about a candidate lumen ({@link VesselCandidates}), in mm
 * and dB of the echo relative to the tissue at its depth: its size and shape (a vessel is round or
 * oval, 2-12 mm), how dark it is, how much darker than its own surroundings, how bright its wall
 * is against it and over how much of its perimeter, whether brighter tissue closes it all round,
 * the enhancement below it (fluid attenuates
 * less than tissue), and how near it lies to the window's edges.
 *
 * @param diameterMm diameter of the disc of the same area
 * @param minorMm minor axis of the ellipse of the same second moments
 * @param majorMm major axis
 * @param fill area over that ellipse's area
 * @param lumenDb mean echo inside, dB relative to the tissue at its depth
 * @param surroundDb mean echo of the ring RING_MM beyond the contour over the lumen's, dB
 * @param wallDb median over rays of the brightest echo within WALL_MM of the contour over the lumen's, dB
 * @param wallCover share of the rays whose brightest echo there is WALL_STEP_DB over the lumen's
 * @param ringCover share of the rays whose mean echo over RING_NEAR_MM beyond the contour is
 *     WALL_STEP_DB over the lumen's mean: the lumen closed by brighter tissue all round
 * @param enhancementDb echo of the band below the lumen over the bands beside it at the same depth, dB
 * @param sideMm distance of the outline from the window's left or right edge
 * @param topMm distance from the window's top
 * @param bottomMm distance from the window's bottom
 * @param openShare share of the seed's rays with no first crossing
 */
record VesselFeatures(double diameterMm, double minorMm, double majorMm, double fill, double lumenDb,
    double surroundDb, double wallDb, double wallCover, double ringCover, double enhancementDb, double sideMm, double topMm,
    double bottomMm, double openShare) {
  /** The rim searched for the wall beyond the contour. */
  static final double WALL_MM = 1.0;
  /** The contour may lie this far beyond the wall's peak (it sits in the middle of the wall's blur). */
  static final double WALL_BACK_MM = 0.4;
  /** The ring of the surroundings, beyond the wall. */
  static final double RING_MM = 3.0;
  /** The near ring beyond the contour (from, to, mm) whose mean closes the lumen: the wall and what abuts it. */
  static final double[] RING_NEAR_MM = {0.5, 1.5};
  /** A ray's wall counts as echogenic when this many dB above the lumen. */
  static final double WALL_STEP_DB = 6;

  static double db(double ratio) {
    return 20 * Math.log10(Math.max(1e-3, ratio));
  }

  static VesselFeatures of(VesselCandidates cs, VesselCandidates.Candidate c) {
    EchoWindow w = cs.window();
    float[] rel = cs.rel();
    double mm = w.mmPerPixel();
    int[] b = c.box();
    double n = 0;
    double sum = 0;
    int x0 = Integer.MAX_VALUE;
    int x1 = -1;
    int y0 = Integer.MAX_VALUE;
    int y1 = -1;
    for (int v = 0; v < b[3]; v++) {
      for (int u = 0; u < b[2]; u++) {
        if (c.mask()[v * b[2] + u]) {
          int x = u + b[0];
          int y = v + b[1];
          n++;
          sum += rel[y * w.width() + x];
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    double lumen = sum / n;
    MaskMoments m = MaskMoments.of(b[2], b[3], c.mask(), 1, 1);
    double major = 2 * m.semiMajorMm();
    double minor = 2 * m.semiMinorMm();
    double[] rim = rim(cs, c, lumen);
    return new VesselFeatures(2 * Math.sqrt(n / Math.PI) * mm, minor * mm, major * mm,
        n / (Math.PI / 4 * major * minor), db(lumen), db(rim[2] / lumen), db(rim[0] / lumen), rim[1],
        rim[3], enhancement(rel, w, x0, x1, y1), Math.min(x0, w.width() - 1 - x1) * mm, y0 * mm,
        (w.height() - 1 - y1) * mm, c.openShare());
  }

  /**
   * {median wall peak, share of echogenic rays, median ring mean, share of rays closed by the near
   * ring} (relative echo; {@code lumenMean} the mean inside the outline).
   */
  private static double[] rim(VesselCandidates cs, VesselCandidates.Candidate c, double lumenMean) {
    EchoWindow w = cs.window();
    int rays = c.radiusPx().length;
    double[] peak = new double[rays];
    double[] ring = new double[rays];
    int back = w.px(WALL_BACK_MM);
    int span = w.px(WALL_MM);
    int ringPx = w.px(RING_MM);
    int near0 = w.px(RING_NEAR_MM[0]);
    int near1 = w.px(RING_NEAR_MM[1]);
    double step = Math.pow(10, WALL_STEP_DB / 20);
    int closed = 0;
    double lumen = 0;
    for (int k = 0; k < rays; k++) {
      double th = 2 * Math.PI * k / rays;
      double r = c.radiusPx()[k];
      peak[k] = cs.rayMax(c.cx(), c.cy(), th, r - back, r + span);
      ring[k] = rayMean(cs, c.cx(), c.cy(), th, r + span, r + span + ringPx);
      lumen += rayMean(cs, c.cx(), c.cy(), th, 0, Math.max(0, r - back)) / rays;
      closed += rayMean(cs, c.cx(), c.cy(), th, r + near0, r + near1) >= step * lumenMean ? 1 : 0;
    }
    int bright = 0;
    for (double p : peak) {
      bright += p >= step * lumen ? 1 : 0;
    }
    java.util.Arrays.sort(peak);
    java.util.Arrays.sort(ring);
    return new double[] {peak[rays / 2], (double) bright / rays, ring[rays / 2], (double) closed / rays};
  }

  private static double rayMean(VesselCandidates cs, int x, int y, double th, double a, double b) {
    EchoWindow w = cs.window();
    double s = 0;
    int n = 0;
    double dx = Math.cos(th);
    double dy = Math.sin(th);
    for (double t = Math.max(0, a); t <= b; t += 1) {
      int px = (int) Math.floor(x + 0.5 + t * dx);
      int py = (int) Math.floor(y + 0.5 + t * dy);
      if (px < 0 || py < 0 || px >= w.width() || py >= w.height()) {
        break;
      }
      s += cs.rel()[py * w.width() + px];
      n++;
    }
    return n == 0 ? 1 : s / n;
  }

  /**
   * Posterior enhancement: the mean of the band under the lumen's middle half, from WALL_MM below it
   * as deep as the lumen is wide, over the mean of the bands of the same depth and width beside it.
   */
  private static double enhancement(float[] rel, EchoWindow w, int x0, int x1, int y1) {
    int width = x1 - x0 + 1;
    int ya = Math.min(w.height() - 1, y1 + w.px(WALL_MM));
    int yb = Math.min(w.height() - 1, ya + width);
    double below = bandMean(rel, w, x0 + width / 4, x1 - width / 4, ya, yb);
    double left = bandMean(rel, w, x0 - width, x0 - width / 2, ya, yb);
    double right = bandMean(rel, w, x1 + width / 2, x1 + width, ya, yb);
    double beside = Double.isNaN(left) ? right : Double.isNaN(right) ? left : (left + right) / 2;
    return Double.isNaN(below) || Double.isNaN(beside) ? 0 : db(below / beside);
  }

  private static double bandMean(float[] rel, EchoWindow w, int xa, int xb, int ya, int yb) {
    xa = Math.max(0, xa);
    xb = Math.min(w.width() - 1, xb);
    double s = 0;
    int n = 0;
    for (int y = ya; y <= yb; y++) {
      for (int x = xa; x <= xb; x++) {
        s += rel[y * w.width() + x];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }
}
