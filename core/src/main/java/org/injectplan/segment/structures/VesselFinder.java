package org.injectplan.segment.structures;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Components;

/**
 * Vessels on an ultrasound frame: anechoic (blood returns almost no echo), round or oval in
 * cross-section, with specular walls, and not the capsule's fluid. Levels are shares of the way
 * from the anechoic floor (share 0: the median echo of the capsule's fluid, which the gain lifts
 * with everything else; the 1% quantile when no capsule is given) to the tissue median (share 1),
 * so they follow the gain and the noise floor it brings up.
 *
 * <p>Candidates are the connected pieces darker than {@link #DARK_LEVEL}, outside bone and its
 * shadow; a candidate is {@link #MIN_DIAMETER_MM}-{@link #MAX_DIAMETER_MM} across, at most
 * {@link #MAX_ASPECT} times as long as wide, fills at least {@link #MIN_FILL} of its bounding
 * ellipse, averages at most {@link #MAX_MEAN_LEVEL}, shares less than {@link #MAX_CAPSULE_SHARE}
 * of its pixels with the capsule, and does not touch the region's top or bottom edge (a vessel may
 * leave through its sides). A vessel is a candidate whose anterior and posterior walls, where the
 * beam meets them head-on, are specular (brighter than the tissue median: {@link #MIN_WALL_LEVEL};
 * the posterior one is helped by the enhancement below fluid), and whose core is anechoic (mean at
 * most {@link #ANECHOIC_MEAN_LEVEL}: a fat lobule is hypoechoic), or, for a small vessel whose
 * lumen the smoothing partly fills in, whose wall is bright all around (the median of the 0.9 mm
 * rim at least {@link #MIN_RIM_LEVEL}). The dark piece is the lumen's core: the speckle filter
 * blurs the bright wall into the lumen's rim, so the piece is grown by {@link #WALL_MM} to take in
 * the rim and the wall (measured on the samples: the core lies 0.7-0.9 mm inside the outer wall).
 * Where these global levels find nothing (on real frames, which darken with depth and whose lumens
 * are grey, they seldom do), the lumen chosen locally by {@link LocalVessels} is taken.
 */
final class VesselFinder {
  static final double DARK_LEVEL = 0.35;
  static final double MAX_MEAN_LEVEL = 0.3;
  /**
   * Mean of an anechoic core. Measured (seeds 20240115, 7, 11): vessels 0.04-0.20, dark pieces
   * with specular-looking edges that are not vessels (fat lobules, gaps between fibres) 0.21-0.29.
   */
  static final double ANECHOIC_MEAN_LEVEL = 0.2;
  /**
   * Anterior and posterior wall echo (the median over the core's middle columns of the brightest
   * echo within 1.5 mm above, below). Measured: vessels 1.12-2.0, candidates with an anechoic core
   * that are not vessels 0.79-0.99.
   */
  static final double MIN_WALL_LEVEL = 1.0;
  /** Median of the rim all around. Measured: small vessels 0.96-1.09, not vessels <= 0.78. */
  static final double MIN_RIM_LEVEL = 0.9;
  static final double MIN_DIAMETER_MM = 1.0;
  static final double MAX_DIAMETER_MM = 15;
  static final double MAX_ASPECT = 2.5;
  static final double MIN_FILL = 0.6;
  static final double MAX_CAPSULE_SHARE = 0.2;
  static final double WALL_MM = 0.9;
  /** How far above and below the core the specular wall is looked for. */
  static final double WALL_SEARCH_MM = 1.5;
  /** Fewest capsule pixels outside bone whose median is taken as the anechoic floor. */
  static final int MIN_FLUID_PIXELS = 20;

  private VesselFinder() {
  }

  /**
   * Window masks of the vessels found, largest first.
   *
   * @param depthLevel the tissue's level at each row ({@link DepthLevel#of}), made once for bone and vessels
   */
  static List<boolean[]> find(EchoWindow w, double tissueMedian, double[] depthLevel, boolean[] bone,
      boolean[] capsule) {
    int n = w.width() * w.height();
    boolean[] dark = new boolean[n];
    // The floor is kept under half the tissue median: a capsule full of echoes is not a floor.
    Levels lv = new Levels(Math.min(anechoicLevel(w, bone, capsule), 0.5 * tissueMedian), tissueMedian);
    double level = lv.at(DARK_LEVEL);
    for (int i = 0; i < n; i++) {
      dark[i] = !bone[i] && w.smooth()[i] < level;
    }
    Components c = Components.label(dark, w.width(), w.height());
    List<Components.Blob> keep = new ArrayList<>();
    double[] mean = new double[c.blobs().size() + 1];
    int[] inCapsule = new int[c.blobs().size() + 1];
    int[] labels = c.labels();
    for (int i = 0; i < n; i++) {
      if (labels[i] != 0) {
        mean[labels[i]] += w.smooth()[i];
        inCapsule[labels[i]] += capsule != null && capsule[i] ? 1 : 0;
      }
    }
    for (Components.Blob b : c.blobs()) {
      double m = mean[b.label()] / b.area();
      if (isCandidate(b, w, m, lv, inCapsule[b.label()]) && hasVesselWalls(labels, b, w, m, lv)) {
        keep.add(b);
      }
    }
    keep.sort((a, b) -> Integer.compare(b.area(), a.area()));
    List<boolean[]> out = new ArrayList<>();
    for (Components.Blob b : keep) {
      // Grown by the wall's thickness rounded up (safe side).
      out.add(grow(labels, b, w, (int) Math.ceil(WALL_MM / w.mmPerPixel())));
    }
    if (out.isEmpty()) {
      addLocal(out, w, depthLevel, bone, capsule);
    }
    return out;
  }

  /**
   * Adds the vessel chosen by {@link LocalVessels} among lumens dark for their depth, when the
   * global levels found none: on real frames, which darken with depth and whose lumens are grey
   * rather than black, the global levels find few vessels; where they find black lumens with
   * specular walls (even tissue, as in the simulated samples), the local choice only adds the
   * tissue's darker patches (measured on knee-cine: false share 0.47 with both).
   */
  private static void addLocal(List<boolean[]> out, EchoWindow w, double[] depthLevel, boolean[] bone,
      boolean[] capsule) {
    boolean[] taken = new boolean[w.width() * w.height()];
    for (boolean[] m : out) {
      for (int i = 0; i < taken.length; i++) {
        taken[i] |= m[i];
      }
    }
    boolean[] local = LocalVessels.best(w, VesselCandidates.relative(w, depthLevel), bone, capsule, taken);
    if (local == null) {
      return;
    }
    int area = count(local);
    int at = 0;
    while (at < out.size() && count(out.get(at)) >= area) {
      at++;
    }
    out.add(at, local);
  }

  private static int count(boolean[] m) {
    int n = 0;
    for (boolean b : m) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Specular anterior and posterior walls, and an anechoic core or a bright rim all around. */
  private static boolean hasVesselWalls(int[] labels, Components.Blob b, EchoWindow w, double mean, Levels lv) {
    double[] walls = anteriorPosterior(labels, b, w, w.px(WALL_SEARCH_MM));
    if (Math.min(walls[0], walls[1]) < lv.at(MIN_WALL_LEVEL)) {
      return false;
    }
    // The rim measured over the wall's thickness rounded to whole pixels.
    return mean <= lv.at(ANECHOIC_MEAN_LEVEL)
        || rimLevel(grow(labels, b, w, w.px(WALL_MM)), labels, b, w) >= lv.at(MIN_RIM_LEVEL);
  }

  private static boolean isCandidate(Components.Blob b, EchoWindow w, double mean, Levels lv, int inCapsule) {
    double wMm = b.widthPx() * w.mmPerPixel();
    double hMm = b.heightPx() * w.mmPerPixel();
    double small = Math.min(wMm, hMm);
    double large = Math.max(wMm, hMm);
    double fill = b.area() / (Math.PI / 4 * b.widthPx() * b.heightPx());
    // A vessel may run out of the image's side; a dark piece on the top or bottom edge is not one.
    boolean edge = b.minY() == 0 || b.maxY() == w.height() - 1;
    return small >= MIN_DIAMETER_MM && large <= MAX_DIAMETER_MM && large <= MAX_ASPECT * small && fill >= MIN_FILL
        && mean <= lv.at(MAX_MEAN_LEVEL)
        && inCapsule < MAX_CAPSULE_SHARE * b.area() && !edge;
  }

  /**
   * The echo an anechoic region returns at this frame's gain: the median of the capsule's fluid
   * (outside bone) when the capsule is given, else the 1% quantile of the region outside bone.
   */
  static double anechoicLevel(EchoWindow w, boolean[] bone, boolean[] capsule) {
    if (capsule != null) {
      boolean[] out = new boolean[capsule.length];
      int in = 0;
      for (int i = 0; i < out.length; i++) {
        out[i] = !capsule[i] || bone[i];
        in += out[i] ? 0 : 1;
      }
      if (in >= MIN_FLUID_PIXELS) {
        return w.quantile(out, 0.5);
      }
    }
    return w.quantile(bone, 0.01);
  }

  /** Levels between the anechoic floor (share 0) and the tissue median (share 1). */
  record Levels(double floor, double tissue) {
    double at(double share) {
      return floor + share * (tissue - floor);
    }
  }

  /**
   * The anterior and posterior wall echoes: over the middle half of the core's columns, the
   * brightest smoothed echo within {@code r} pixels above the core's top (below its bottom) in
   * that column; the median over the columns of each.
   */
  private static double[] anteriorPosterior(int[] labels, Components.Blob b, EchoWindow w, int r) {
    int x0 = b.minX() + b.widthPx() / 4;
    int x1 = Math.max(x0, b.maxX() - b.widthPx() / 4);
    float[] top = new float[x1 - x0 + 1];
    float[] bottom = new float[x1 - x0 + 1];
    int width = w.width();
    for (int x = x0; x <= x1; x++) {
      int yTop = -1;
      int yBottom = -1;
      for (int y = b.minY(); y <= b.maxY(); y++) {
        if (labels[y * width + x] == b.label()) {
          yTop = yTop < 0 ? y : yTop;
          yBottom = y;
        }
      }
      float t = 0;
      float u = 0;
      if (yTop >= 0) {
        for (int d = 1; d <= r; d++) {
          t = Math.max(t, yTop - d >= 0 ? w.smooth()[(yTop - d) * width + x] : 0);
          u = Math.max(u, yBottom + d < w.height() ? w.smooth()[(yBottom + d) * width + x] : 0);
        }
      }
      top[x - x0] = t;
      bottom[x - x0] = u;
    }
    java.util.Arrays.sort(top);
    java.util.Arrays.sort(bottom);
    return new double[] {top[top.length / 2], bottom[bottom.length / 2]};
  }

  /** Median smoothed echo of the grown piece outside the dark core: the rim and the wall. */
  private static double rimLevel(boolean[] grown, int[] labels, Components.Blob b, EchoWindow w) {
    float[] v = new float[grown.length];
    int n = 0;
    for (int i = 0; i < grown.length; i++) {
      if (grown[i] && labels[i] != b.label()) {
        v[n++] = w.smooth()[i];
      }
    }
    if (n == 0) {
      return 0;
    }
    java.util.Arrays.sort(v, 0, n);
    return v[n / 2];
  }

  /**
   * The piece grown by {@code r} window pixels, as a window mask: a disc stamped on each of its
   * boundary pixels.
   */
  private static boolean[] grow(int[] labels, Components.Blob b, EchoWindow w, int r) {
    int width = w.width();
    boolean[] out = new boolean[labels.length];
    for (int y = b.minY(); y <= b.maxY(); y++) {
      for (int x = b.minX(); x <= b.maxX(); x++) {
        int i = y * width + x;
        if (labels[i] != b.label()) {
          continue;
        }
        out[i] = true;
        boolean edge = x == 0 || y == 0 || x == width - 1 || y == w.height() - 1 || labels[i - 1] != b.label()
            || labels[i + 1] != b.label() || labels[i - width] != b.label() || labels[i + width] != b.label();
        if (edge) {
          stamp(out, x, y, r, w);
        }
      }
    }
    return out;
  }

  private static void stamp(boolean[] out, int cx, int cy, int r, EchoWindow w) {
    for (int y = Math.max(0, cy - r); y <= Math.min(w.height() - 1, cy + r); y++) {
      int dy = y - cy;
      for (int x = Math.max(0, cx - r); x <= Math.min(w.width() - 1, cx + r); x++) {
        int dx = x - cx;
        if (dx * dx + dy * dy <= r * r) {
          out[y * w.width() + x] = true;
        }
      }
    }
  }

}
