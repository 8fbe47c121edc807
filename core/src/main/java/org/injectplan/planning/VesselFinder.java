package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.segment.Components;

/**
 * Vessels on an ultrasound frame: anechoic (blood returns almost no echo), round or oval in
 * cross-section, and not the capsule's fluid. Candidates are the connected pieces of pixels darker
 * than {@link #DARK_LEVEL} of the tissue median, outside bone and its shadow; a vessel is a piece
 * {@link #MIN_DIAMETER_MM}-{@link #MAX_DIAMETER_MM} across, at most {@link #MAX_ASPECT} times as
 * long as wide, filling at least {@link #MIN_FILL} of its bounding ellipse, darker on average
 * than {@link #MAX_MEAN_LEVEL} of the tissue median (a fat lobule is hypoechoic, not anechoic),
 * with a bright rim (its median at least {@link #MIN_WALL_LEVEL} of the tissue median),
 * sharing less than {@link #MAX_CAPSULE_SHARE} of its pixels with the capsule, and not touching
 * the region's top or bottom edge (a vessel may leave through its sides). The dark piece is the
 * lumen's core: the speckle filter blurs the bright wall into the lumen's rim, so the piece is
 * grown by {@link #WALL_MM} to take in the rim and the wall (measured on the samples: the core
 * lies 0.7-0.9 mm inside the outer wall).
 */
final class VesselFinder {
  static final double DARK_LEVEL = 0.35;
  static final double MAX_MEAN_LEVEL = 0.3;
  static final double MIN_DIAMETER_MM = 1.2;
  static final double MAX_DIAMETER_MM = 15;
  static final double MAX_ASPECT = 2.5;
  static final double MIN_FILL = 0.6;
  static final double MAX_CAPSULE_SHARE = 0.2;
  static final double WALL_MM = 0.9;
  /**
   * Share of the tissue median the rim and wall around the core reach (their median): a vessel's
   * wall is a bright specular echo, a fat lobule's surroundings are fat. Measured on the samples:
   * vessels 0.77-1.00, dark round pieces that are not vessels 0.37-0.64.
   */
  static final double MIN_WALL_LEVEL = 0.70;

  private VesselFinder() {
  }

  /** Window masks of the vessels found, largest first. */
  static List<boolean[]> find(EchoWindow w, double tissueMedian, boolean[] bone, boolean[] capsule) {
    int n = w.width() * w.height();
    boolean[] dark = new boolean[n];
    double level = DARK_LEVEL * tissueMedian;
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
      if (isVessel(b, w, mean[b.label()] / b.area(), tissueMedian, inCapsule[b.label()])) {
        keep.add(b);
      }
    }
    keep.sort((a, b) -> Integer.compare(b.area(), a.area()));
    List<boolean[]> out = new ArrayList<>();
    for (Components.Blob b : keep) {
      // The rim measured over the wall's thickness rounded to whole pixels; the vessel kept
      // grown by it rounded up (safe side).
      double wall = wallLevel(grow(labels, b, w, w.px(WALL_MM)), labels, b, w);
      if (wall >= MIN_WALL_LEVEL * tissueMedian) {
        out.add(grow(labels, b, w, (int) Math.ceil(WALL_MM / w.mmPerPixel())));
      }
    }
    return out;
  }

  private static boolean isVessel(Components.Blob b, EchoWindow w, double mean, double tissueMedian,
      int inCapsule) {
    double wMm = b.widthPx() * w.mmPerPixel();
    double hMm = b.heightPx() * w.mmPerPixel();
    double small = Math.min(wMm, hMm);
    double large = Math.max(wMm, hMm);
    double fill = b.area() / (Math.PI / 4 * b.widthPx() * b.heightPx());
    // A vessel may run out of the image's side; a dark piece on the top or bottom edge is not one.
    boolean edge = b.minY() == 0 || b.maxY() == w.height() - 1;
    return small >= MIN_DIAMETER_MM && large <= MAX_DIAMETER_MM && large <= MAX_ASPECT * small && fill >= MIN_FILL
        && mean <= MAX_MEAN_LEVEL * tissueMedian && inCapsule < MAX_CAPSULE_SHARE * b.area() && !edge;
  }

  /** Median smoothed echo of the grown piece outside the dark core: the rim and the wall. */
  private static double wallLevel(boolean[] grown, int[] labels, Components.Blob b, EchoWindow w) {
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
