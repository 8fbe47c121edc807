package org.injectplan.segment.capsule;

import org.injectplan.image.Components;

/**
 * How much a dark component looks like a joint recess, from cues an examiner uses: an anechoic
 * interior against the tissue around it (contrast), a flat pocket rather than a round or tall
 * space (elongation: vessels in cross-section and cardiac chambers fail it), bone or its
 * acoustic shadow close beneath (a recess lies on the joint), and not cut by the edge of the
 * field of view. Components that reach the bottom of the region are shadows, not fluid, and
 * are not scored at all.
 *
 * @param label the component
 * @param areaMm2 its area
 * @param elongation width / height, in millimetres
 * @param contrast 1 - fluid level / tissue level on the speckle-filtered image
 * @param boneBelow the share of its columns with a shadow within {@link #BONE_GAP_MM} below it
 * @param sideCut whether it touches the left, right or top edge of the region
 * @param score the confidence, 0..1
 */
record RecessScore(int label, double areaMm2, double elongation, double contrast, double boneBelow,
    boolean sideCut, double score) {

  /**
   * Contrast at which a dark space starts to count as anechoic fluid: joint effusion is black
   * against the tissue (0.77-0.90 on the samples); blood pools in cardiac chambers and hypoechoic
   * tissue are greyer (0.29-0.55 on the real echo files).
   */
  public static final double MIN_CONTRAST = 0.6;

  /** How far below a recess bone (its shadow) is looked for. */
  public static final double BONE_GAP_MM = 8.0;

  /** Scores component {@code label}; null when it cannot be a recess at all (size, shadow). */
  public static RecessScore of(FrameAnalysis a, int label, CapsuleParams p) {
    Components c = a.dark();
    Components.Blob b = c.blob(label);
    int w = c.width();
    int h = c.height();
    double areaMm2 = b.area() * a.pixelAreaMm2();
    if (b.maxY() == h - 1 || areaMm2 < p.minAreaMm2() || areaMm2 > p.maxAreaMm2()) {
      return null;
    }
    double elongation = b.widthPx() * a.mmPerPixelX() / (b.heightPx() * a.mmPerPixelY());
    double contrast = contrast(a, b, label);
    double boneBelow = boneBelow(a, b, label);
    boolean sideCut = b.minX() == 0 || b.maxX() == w - 1 || b.minY() == 0;
    double sElong = ramp(elongation, p.minElongation(), p.minElongation() + 1.0);
    double sContrast = ramp(contrast, MIN_CONTRAST, MIN_CONTRAST + 0.2);
    double sBone = 0.4 + 0.6 * boneBelow;
    double score = Math.cbrt(sElong * sContrast * sBone) * (sideCut ? 0.6 : 1.0);
    return new RecessScore(label, areaMm2, elongation, contrast, boneBelow, sideCut, score);
  }

  private static double ramp(double v, double lo, double hi) {
    return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
  }

  /** 1 - mean filtered level inside / mean of the tissue (non-dark) pixels in a margin around it. */
  private static double contrast(FrameAnalysis a, Components.Blob b, int label) {
    Components c = a.dark();
    int m = Math.max(b.widthPx(), b.heightPx()) / 4 + 4;
    double in = 0;
    double out = 0;
    int nOut = 0;
    for (int y = Math.max(0, b.minY() - m); y <= Math.min(c.height() - 1, b.maxY() + m); y++) {
      for (int x = Math.max(0, b.minX() - m); x <= Math.min(c.width() - 1, b.maxX() + m); x++) {
        int i = y * c.width() + x;
        int l = c.labels()[i];
        if (l == label) {
          in += a.smooth()[i];
        } else if (l == 0) {
          out += a.smooth()[i];
          nOut++;
        }
      }
    }
    if (nOut == 0) {
      return 0;
    }
    double tissue = out / nOut;
    return tissue <= 0 ? 0 : Math.max(0, 1 - (in / b.area()) / tissue);
  }

  /** Share of the component's columns where a shadow (a dark component reaching the bottom) starts close below. */
  private static double boneBelow(FrameAnalysis a, Components.Blob b, int label) {
    Components c = a.dark();
    int gap = (int) Math.round(BONE_GAP_MM / a.mmPerPixelY());
    int hits = 0;
    for (int x = b.minX(); x <= b.maxX(); x++) {
      int bottom = -1;
      for (int y = b.maxY(); y >= b.minY(); y--) {
        if (c.labelAt(x, y) == label) {
          bottom = y;
          break;
        }
      }
      if (bottom < 0) {
        continue;
      }
      for (int y = bottom + 1; y <= Math.min(c.height() - 1, bottom + gap); y++) {
        int l = c.labelAt(x, y);
        if (l != 0 && l != label && c.blob(l).maxY() == c.height() - 1) {
          hits++;
          break;
        }
      }
    }
    return (double) hits / b.widthPx();
  }
}
