package org.injectplan.bench;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Components;
import org.injectplan.image.DistanceTransform;
import org.injectplan.image.Mask;

/**
 * The blood vessels of a hand-drawn label mask: each 4-connected component of the vessel label of
 * at least {@link #MIN_AREA_PX} pixels, with its most interior pixel (the maximum of the distance
 * transform inside it), the click of the seeded measurement.
 */
public final class RealVessels {
  /** Smallest vessel measured, in pixels (issue 11). */
  public static final int MIN_AREA_PX = 200;

  /**
   * One vessel.
   *
   * @param mask the vessel alone, full-frame
   * @param seedX the column of its most interior pixel
   * @param seedY its row
   */
  public record Vessel(Mask mask, int seedX, int seedY) {
    public int areaPx() {
      return mask.count();
    }
  }

  private RealVessels() {
  }

  /** The vessels of a label image (row-major), largest first. */
  public static List<Vessel> of(int[] labels, int width, int height) {
    boolean[] vessel = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      vessel[i] = labels[i] == RealFrame.LABEL_VESSEL;
    }
    Components c = Components.label(vessel, width, height);
    List<Vessel> out = new ArrayList<>();
    for (Components.Blob b : c.blobs()) {
      if (b.area() >= MIN_AREA_PX) {
        out.add(vessel(c.labels(), b.label(), width, height));
      }
    }
    out.sort((a, b) -> Integer.compare(b.areaPx(), a.areaPx()));
    return out;
  }

  private static Vessel vessel(int[] labels, int label, int width, int height) {
    boolean[] in = new boolean[labels.length];
    boolean[] outside = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      in[i] = labels[i] == label;
      outside[i] = !in[i];
    }
    double[] d2 = DistanceTransform.squaredMm(outside, width, height, 1, 1);
    int best = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i] && (best < 0 || d2[i] > d2[best])) {
        best = i;
      }
    }
    return new Vessel(new Mask(width, height, in), best % width, best / width);
  }
}
