package org.injectplan.segment.capsule;

import org.injectplan.image.BoxMean;
import org.injectplan.image.Components;
import org.injectplan.image.LocalLevel;
import org.injectplan.image.Mask;
import org.injectplan.segment.GreyWindow;

/**
 * The second stage: places the boundary of one chosen dark component. The coarse filter finds
 * the fluid but rounds its corners and puts the edge wherever Otsu's global level falls. Neither
 * the fluid nor the tissue around it has one level: time-gain compensation, set for attenuating
 * tissue, over-amplifies echoes from below a non-attenuating fluid, so the deep part of a tall
 * pocket and the tissue under it are brighter than the shallow part (posterior enhancement), and
 * the specular capsule wall is bright where the beam meets it head on and faint at the pocket's
 * tips. So the level is set locally ({@link LocalLevel}): {@link CapsuleParams#levelShare()} of
 * the way from the fluid's own level near each pixel to the level of the tissue near it. The
 * boundary is drawn on a finer filter, growing from the component but never further than the
 * coarse filter's reach from it (so it cannot leak into a neighbouring dark structure through a
 * thin gap); a second pass takes the levels again around the first pass's result, so the
 * boundary can follow a fluid level that drifts further than one reach. Holes (septa, debris) are
 * filled: the mask is the fluid space. A majority vote over a square twice the fine filter's size
 * removes speckle spurs, and the edge is finally moved out: the bright capsule wall, blurred by
 * the point-spread function and log-compressed, reaches into the fluid, so the level crossing lies
 * inside the true wall. How far is read off the pocket's own edge ({@link EdgeProfile}: the mean
 * grey across each of its four sides, where it has risen {@link CapsuleParams#wallShare()} of the
 * way from the fluid to the wall's peak), each side grown by its own offset, or by the fixed
 * {@link CapsuleParams#edgeOffsetMm()} where a side is too short to measure. (An offset in speckle
 * grains, the earlier rule, grew the outlines 15-30 % on the realistic look: a scanner's speckle
 * reduction after compression, and fascia lines, widen the speckle but do not move the edge.)
 */
final class BoundaryRefiner {
  private static final int PASSES = 2;

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
    int levelRadius = Math.max(1, (int) Math.round(p.levelRadiusMm() / mm));
    int margin = PASSES * reach + r2;
    int sx0 = Math.max(0, b.minX() - margin);
    int sy0 = Math.max(0, b.minY() - margin);
    int sx1 = Math.min(w.width() - 1, b.maxX() + margin);
    int sy1 = Math.min(w.height() - 1, b.maxY() + margin);
    int sw = sx1 - sx0 + 1;
    int sh = sy1 - sy0 + 1;
    int[] grey = new int[sw * sh];
    int[] member = new int[sw * sh];
    int[] tissue = new int[sw * sh];
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        int wi = (y + sy0) * w.width() + x + sx0;
        int si = y * sw + x;
        grey[si] = w.grey()[wi];
        int l = c.labels()[wi];
        member[si] = l == label ? 1 : 0;
        tissue[si] = l == 0 ? 1 : 0;
      }
    }
    float[] fine = BoxMean.filter(grey, sw, sh, r2);
    boolean[] in = null;
    for (int pass = 0; pass < PASSES; pass++) {
      float[] level = LocalLevel.of(grey, member, tissue, sw, sh, levelRadius, p.levelShare(), a.threshold());
      float[] near = BoxMean.filter(member, sw, sh, reach);
      in = grow(fine, near, member, level, sw, sh);
      Mask.fillHoles(in, sw, sh);
      for (int i = 0; i < in.length; i++) {
        member[i] = in[i] ? 1 : 0;
        tissue[i] = in[i] ? 0 : tissue[i];
      }
    }
    in = majority(in, sw, sh, Math.max(1, (int) Math.round(2.0 * r2)));
    in = EdgeProfile.grow(in, sw, sh, edgeOffsetsPx(grey, in, sw, sh, a, p));
    return toFrame(in, sw, sh, sx0 + w.x0(), sy0 + w.y0(), a);
  }

  /** The sub-window's mask, its top-left corner at (x0, y0) of the frame, as a full-frame mask. */
  private static Mask toFrame(boolean[] in, int sw, int sh, int x0, int y0, FrameAnalysis a) {
    boolean[] full = new boolean[a.frameWidth() * a.frameHeight()];
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        if (in[y * sw + x]) {
          full[(y + y0) * a.frameWidth() + x + x0] = true;
        }
      }
    }
    return new Mask(a.frameWidth(), a.frameHeight(), full);
  }

  /**
   * The edge offsets in pixels {top, bottom, left, right}: where the wall begins on the pocket's
   * mean edge profile ({@link EdgeProfile}, {@link CapsuleParams#wallShare()}), or the fixed
   * {@link CapsuleParams#edgeOffsetMm()} for a side that cannot be measured or when the share is 0.
   */
  static double[] edgeOffsetsPx(int[] grey, boolean[] in, int sw, int sh, FrameAnalysis a, CapsuleParams p) {
    double[] o = p.wallShare() > 0 ? EdgeProfile.offsetsPx(grey, in, sw, sh, a.mmPerPixelX(), a.mmPerPixelY(),
        p.wallShare()) : new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (int k = 0; k < o.length; k++) {
      if (Double.isNaN(o[k])) {
        o[k] = p.edgeOffsetMm() / (k < EdgeProfile.LEFT ? a.mmPerPixelY() : a.mmPerPixelX());
      }
    }
    return o;
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

  /** Region growing over {@code fine < level} within reach, from the member pixels that are below it. */
  private static boolean[] grow(float[] fine, float[] near, int[] member, float[] level, int sw, int sh) {
    boolean[] in = new boolean[fine.length];
    int[] stack = new int[fine.length];
    int top = 0;
    for (int i = 0; i < fine.length; i++) {
      if (member[i] == 1 && fine[i] < level[i]) {
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
        if (n >= 0 && n < fine.length && !in[n] && near[n] > 0 && fine[n] < level[n]) {
          in[n] = true;
          stack[top++] = n;
        }
      }
    }
    return in;
  }
}
