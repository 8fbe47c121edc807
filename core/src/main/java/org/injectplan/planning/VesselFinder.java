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
 * with a bright rim (at least {@link #MIN_WALL_LEVEL} of the tissue median around the core),
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
   * Share of the tissue median the rim and wall around the core reach on average: a vessel's wall
   * is a bright specular echo, a fat lobule's surroundings are fat. Measured on the samples:
   * vessels 0.93-1.04, dark pieces that are not vessels 0.56-0.80.
   */
  static final double MIN_WALL_LEVEL = 0.87;

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
      boolean[] grown = grow(labels, b, w);
      double wall = wallLevel(grown, labels, b, w);
      if (wall >= MIN_WALL_LEVEL * tissueMedian) {
        out.add(grown);
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

  /** Mean smoothed echo of the grown piece outside the dark core: the rim and the wall. */
  private static double wallLevel(boolean[] grown, int[] labels, Components.Blob b, EchoWindow w) {
    double sum = 0;
    int n = 0;
    int r = w.px(WALL_MM);
    for (int y = Math.max(0, b.minY() - r); y <= Math.min(w.height() - 1, b.maxY() + r); y++) {
      for (int x = Math.max(0, b.minX() - r); x <= Math.min(w.width() - 1, b.maxX() + r); x++) {
        int i = y * w.width() + x;
        if (grown[i] && labels[i] != b.label()) {
          sum += w.smooth()[i];
          n++;
        }
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The piece grown by the wall's thickness (a disc dilation), as a window mask. */
  private static boolean[] grow(int[] labels, Components.Blob b, EchoWindow w) {
    int r = w.px(WALL_MM);
    boolean[] out = new boolean[labels.length];
    for (int y = Math.max(0, b.minY() - r); y <= Math.min(w.height() - 1, b.maxY() + r); y++) {
      for (int x = Math.max(0, b.minX() - r); x <= Math.min(w.width() - 1, b.maxX() + r); x++) {
        out[y * w.width() + x] = near(labels, b.label(), x, y, r, w);
      }
    }
    return out;
  }

  private static boolean near(int[] labels, int label, int x, int y, int r, EchoWindow w) {
    for (int dy = -r; dy <= r; dy++) {
      int yy = y + dy;
      if (yy < 0 || yy >= w.height()) {
        continue;
      }
      for (int dx = -r; dx <= r; dx++) {
        int xx = x + dx;
        if (xx >= 0 && xx < w.width() && dx * dx + dy * dy <= r * r && labels[yy * w.width() + xx] == label) {
          return true;
        }
      }
    }
    return false;
  }
}
