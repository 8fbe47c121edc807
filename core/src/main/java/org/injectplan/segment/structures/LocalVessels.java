package org.injectplan.segment.structures;

import java.util.List;

/**
 * The vessel a real frame shows, chosen among the {@link VesselCandidates} by what follows from
 * anatomy and physics ({@link VesselFeatures}): a lumen {@link #MIN_DIAMETER_MM}-{@link
 * #MAX_DIAMETER_MM} across, round or oval (at most {@link #MAX_ASPECT} times as long as wide),
 * bounded (at most {@link #MAX_OPEN_SHARE} of its seed's rays without a wall), darker than its own
 * surroundings by {@link #MIN_SURROUND_DB}, with an echogenic wall ({@link #MIN_WALL_DB} over the
 * lumen in the median, {@link VesselFeatures#WALL_STEP_DB} on at least {@link #MIN_WALL_COVER} of
 * its perimeter: a fat lobule is hypoechoic and lacks a continuous specular wall), not within
 * {@link #MIN_SIDE_MM} of the region's sides (the dark band of a footprint's edge), and not the
 * capsule's fluid. Of those, the one closed by brighter tissue over the longest stretch of
 * perimeter is taken ({@link VesselFeatures#ringCover()} times diameter: a vessel's echogenic wall
 * goes all round it, a fat lobule's or a muscle gap's edge does not): measured on real frames (docs/algorithms.md), the features
 * of vessels and of hypoechoic muscle, fat and nerves overlap, so more than the best one per
 * frame brings more false finds than vessel.
 */
final class LocalVessels {
  static final double MIN_DIAMETER_MM = 3;
  static final double MAX_DIAMETER_MM = 12;
  static final double MAX_ASPECT = 2;
  static final double MAX_OPEN_SHARE = 0.35;
  static final double MIN_SURROUND_DB = 3;
  static final double MIN_WALL_DB = 3;
  static final double MIN_WALL_COVER = 0.5;
  static final double MIN_SIDE_MM = 1;
  /** Largest share of a candidate's pixels in the capsule (its fluid is not a vessel). */
  static final double MAX_CAPSULE_SHARE = 0.2;

  private LocalVessels() {
  }

  /**
   * The chosen vessel as a window mask, or null.
   *
   * @param bone window mask of bone and its shadow (no seed there)
   * @param taken window pixels already found as vessel (no seed there: that vessel is found), or null
   * @param capsule window mask of the capsule, or null
   */
  static boolean[] best(EchoWindow w, float[] rel, boolean[] bone, boolean[] capsule, boolean[] taken) {
    boolean[] excluded = bone.clone();
    for (int i = 0; i < excluded.length; i++) {
      excluded[i] |= taken != null && taken[i] || capsule != null && capsule[i];
    }
    VesselCandidates cs = new VesselCandidates(w, rel, excluded);
    List<VesselCandidates.Candidate> all = cs.outline();
    VesselCandidates.Candidate best = null;
    double bestScore = 0;
    for (VesselCandidates.Candidate c : all) {
      if (inside(c, capsule, w) > MAX_CAPSULE_SHARE) {
        continue;
      }
      VesselFeatures f = VesselFeatures.of(cs, c);
      double score = f.ringCover() * f.diameterMm();
      if (isVessel(f) && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best == null ? null : windowMask(best, w);
  }

  static boolean isVessel(VesselFeatures f) {
    return f.diameterMm() >= MIN_DIAMETER_MM && f.diameterMm() <= MAX_DIAMETER_MM
        && f.majorMm() <= MAX_ASPECT * f.minorMm() && f.openShare() <= MAX_OPEN_SHARE
        && f.surroundDb() >= MIN_SURROUND_DB && f.wallDb() >= MIN_WALL_DB && f.wallCover() >= MIN_WALL_COVER
        && f.sideMm() >= MIN_SIDE_MM;
  }

  /** Share of the candidate's pixels in the mask (0 when the mask is null). */
  private static double inside(VesselCandidates.Candidate c, boolean[] mask, EchoWindow w) {
    if (mask == null) {
      return 0;
    }
    int[] b = c.box();
    int in = 0;
    int n = 0;
    for (int v = 0; v < b[3]; v++) {
      for (int u = 0; u < b[2]; u++) {
        if (c.mask()[v * b[2] + u]) {
          n++;
          in += mask[(v + b[1]) * w.width() + u + b[0]] ? 1 : 0;
        }
      }
    }
    return n == 0 ? 0 : (double) in / n;
  }

  private static boolean[] windowMask(VesselCandidates.Candidate c, EchoWindow w) {
    boolean[] out = new boolean[w.width() * w.height()];
    int[] b = c.box();
    for (int v = 0; v < b[3]; v++) {
      for (int u = 0; u < b[2]; u++) {
        out[(v + b[1]) * w.width() + u + b[0]] = c.mask()[v * b[2] + u];
      }
    }
    return out;
  }
}
