package org.injectplan.segment;

/**
 * The second stage: places the boundary of one chosen dark component. The coarse filter finds
 * the fluid but rounds its corners and puts the edge wherever Otsu's global level falls; here
 * the level is set locally, between the component's own fluid level and the tissue around it
 * ({@link CapsuleParams#levelShare()} of the way), and the boundary is drawn on a finer filter, growing from the component but never
 * further than the coarse filter's reach from it (so it cannot leak into a neighbouring dark
 * structure through a thin gap). Holes (septa, debris) are filled: the mask is the fluid space.
 * A majority vote over a square twice the fine filter's size removes speckle spurs, and the edge
 * is finally moved out by {@link CapsuleParams#edgeOffsetMm()}: the bright capsule wall, blurred
 * by the point-spread function, reaches into the fluid, so the half-level edge lies inside the
 * true wall.
 */
final class BoundaryRefiner {
  private BoundaryRefiner() {
  }

  /** The refined mask of component {@code label} of the analysis, in frame coordinates. */
  static Mask refine(FrameAnalysis a, int label, CapsuleParams p) {
    Components c = a.dark();
    Components.Blob b = c.blob(label);
    GreyWindow w = a.window();
    double mm = Math.min(a.mmPerPixelX(), a.mmPerPixelY());
    int reach = Math.max(1, (int) Math.round(p.smoothingRadiusMm() / mm)) + 1;
    int r2 = Math.max(1, (int) Math.round(p.refineRadiusMm() / mm));
    int sx0 = Math.max(0, b.minX() - reach - r2);
    int sy0 = Math.max(0, b.minY() - reach - r2);
    int sx1 = Math.min(w.width() - 1, b.maxX() + reach + r2);
    int sy1 = Math.min(w.height() - 1, b.maxY() + reach + r2);
    int sw = sx1 - sx0 + 1;
    int sh = sy1 - sy0 + 1;
    int[] grey = new int[sw * sh];
    int[] member = new int[sw * sh];
    double fluid = 0;
    double tissue = 0;
    int nTissue = 0;
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        int wi = (y + sy0) * w.width() + x + sx0;
        int si = y * sw + x;
        grey[si] = w.grey()[wi];
        int l = c.labels()[wi];
        if (l == label) {
          member[si] = 1;
          fluid += a.smooth()[wi];
        } else if (l == 0) {
          tissue += a.smooth()[wi];
          nTissue++;
        }
      }
    }
    fluid /= b.area();
    double level = nTissue == 0 ? a.threshold() : fluid + p.levelShare() * (tissue / nTissue - fluid);
    float[] fine = BoxMean.filter(grey, sw, sh, r2);
    float[] near = BoxMean.filter(member, sw, sh, reach);
    boolean[] in = grow(fine, near, member, level, sw, sh);
    Mask.fillHoles(in, sw, sh);
    in = majority(in, sw, sh, Math.max(1, (int) Math.round(2.0 * r2)));
    in = dilate(in, sw, sh, a.mmPerPixelX(), a.mmPerPixelY(), p.edgeOffsetMm());
    boolean[] full = new boolean[a.frameWidth() * a.frameHeight()];
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        if (in[y * sw + x]) {
          full[(y + sy0 + w.y0()) * a.frameWidth() + x + sx0 + w.x0()] = true;
        }
      }
    }
    return new Mask(a.frameWidth(), a.frameHeight(), full);
  }


  /** Pixels within distanceMm of the mask. */
  private static boolean[] dilate(boolean[] in, int sw, int sh, double mmX, double mmY, double distanceMm) {
    double[] d2 = DistanceTransform.squaredMm(in, sw, sh, mmX, mmY);
    boolean[] out = new boolean[in.length];
    double lim = distanceMm * distanceMm + 1e-9;
    for (int i = 0; i < out.length; i++) {
      out[i] = d2[i] <= lim;
    }
    return out;
  }

  /** Majority vote over a square: removes protrusions thinner than the square, fills notches. */
  private static boolean[] majority(boolean[] in, int sw, int sh, int k) {
    int[] v = new int[in.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = in[i] ? 1 : 0;
    }
    float[] m = BoxMean.filter(v, sw, sh, k);
    boolean[] out = new boolean[in.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = m[i] > 0.5f;
    }
    return out;
  }

  /** Region growing over {@code fine < level} within reach, from the component's dark pixels. */
  private static boolean[] grow(float[] fine, float[] near, int[] member, double level, int sw, int sh) {
    boolean[] in = new boolean[fine.length];
    int[] stack = new int[fine.length];
    int top = 0;
    for (int i = 0; i < fine.length; i++) {
      if (member[i] == 1 && fine[i] < level) {
        in[i] = true;
        stack[top++] = i;
      }
    }
    if (top == 0) {
      for (int i = 0; i < fine.length; i++) {
        in[i] = member[i] == 1;
      }
      return in;
    }
    while (top > 0) {
      int q = stack[--top];
      int x = q % sw;
      int[] nb = {x > 0 ? q - 1 : -1, x < sw - 1 ? q + 1 : -1, q - sw, q + sw};
      for (int n : nb) {
        if (n >= 0 && n < fine.length && !in[n] && near[n] > 0 && fine[n] < level) {
          in[n] = true;
          stack[top++] = n;
        }
      }
    }
    return in;
  }
}
