package org.injectplan.segment.capsule;

import org.injectplan.image.BoxMean;
import org.injectplan.image.Components;
import org.injectplan.image.DistanceTransform;
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
 * the point-spread function, reaches into the fluid, so the level crossing lies inside the true
 * wall, by an amount that scales with the point-spread function, which is wider across the beam
 * than along it and wider at low frequencies. Its size is read off the speckle around the pocket
 * ({@link SpeckleSize}), and the edge moved out by {@link CapsuleParams#edgeOffsetGrainsX()}
 * lateral and {@link CapsuleParams#edgeOffsetGrainsY()} axial speckle half-widths (an elliptical
 * dilation), or by the fixed {@link CapsuleParams#edgeOffsetMm()} where the speckle is not
 * measured.
 */
final class BoundaryRefiner {
  private static final int PASSES = 2;
  /** The longest speckle correlation looked for (a grain is well under a millimetre). */
  private static final double MAX_GRAIN_MM = 1.0;
  /** An offset of 0 is taken as this (no pixel is that close), so the dilation stays finite. */
  private static final double MIN_OFFSET_MM = 1e-6;

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
    double[] offset = edgeOffsetsMm(grey, tissue, sw, sh, a, p);
    in = dilate(in, sw, sh, a.mmPerPixelX() / Math.max(MIN_OFFSET_MM, offset[0]),
        a.mmPerPixelY() / Math.max(MIN_OFFSET_MM, offset[1]));
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
   * The edge offsets {x, y} in mm: {@link CapsuleParams#edgeOffsetGrainsX()} and ..Y() speckle
   * half-widths measured on the tissue around the pocket (speckle within 1 mm lags), or the fixed
   * {@link CapsuleParams#edgeOffsetMm()} when the grains are 0 or the tissue is too scant to tell.
   */
  static double[] edgeOffsetsMm(int[] grey, int[] tissue, int sw, int sh, FrameAnalysis a, CapsuleParams p) {
    double[] fixed = {p.edgeOffsetMm(), p.edgeOffsetMm()};
    if (p.edgeOffsetGrainsX() == 0 && p.edgeOffsetGrainsY() == 0) {
      return fixed;
    }
    int maxLag = Math.max(2, (int) Math.ceil(MAX_GRAIN_MM / Math.min(a.mmPerPixelX(), a.mmPerPixelY())));
    double[] h = SpeckleSize.halfWidthsPx(grey, tissue, sw, sh, maxLag);
    if (Double.isNaN(h[0]) || Double.isNaN(h[1])) {
      return fixed;
    }
    return new double[] {p.edgeOffsetGrainsX() * h[0] * a.mmPerPixelX(), p.edgeOffsetGrainsY() * h[1] * a.mmPerPixelY()};
  }

  /**
   * Pixels within the ellipse of the two offsets around the mask: a distance transform with the
   * pixel measured in offsets ({@code unitsX} = mm per pixel / x offset), then distance <= 1.
   */
  private static boolean[] dilate(boolean[] in, int sw, int sh, double unitsX, double unitsY) {
    double[] d2 = DistanceTransform.squaredMm(in, sw, sh, unitsX, unitsY);
    boolean[] out = new boolean[in.length];
    double lim = 1 + 1e-9;
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
