package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.injectplan.image.Components;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;

/**
 * The outline of a mask as a polygon through boundary pixel centres, for the plan's
 * {@code capsule} and {@code avoidStructures}: Moore-neighbour tracing of the first component in
 * raster order (its outer boundary), thinned to at most {@code maxVertices} by keeping evenly
 * spaced vertices. A structure in several pieces (bone found in the image, a mask drawn in two
 * parts) is outlined piece by piece ({@link #pieces}), so that no piece is lost from the plan.
 */
public final class Outline {
  private static final int[] DX = {1, 1, 0, -1, -1, -1, 0, 1};
  private static final int[] DY = {0, 1, 1, 1, 0, -1, -1, -1};

  private Outline() {
  }

  /** The named outline, or null when the mask has fewer than three boundary pixels. */
  public static Structure of(String name, Mask m, int maxVertices) {
    if (maxVertices < 3) {
      throw new IllegalArgumentException("maxVertices must be >= 3: " + maxVertices);
    }
    return thinned(name, trace(m, 4 * m.width() * m.height()), 0, 0, maxVertices);
  }

  /** The trace, shifted by (dx, dy) pixels, thinned to at most maxVertices; null under three. */
  private static Structure thinned(String name, List<int[]> trace, int dx, int dy, int maxVertices) {
    if (trace.size() < 3) {
      return null;
    }
    List<PixelPoint> out = new ArrayList<>();
    int n = trace.size();
    int keep = Math.min(n, maxVertices);
    for (int i = 0; i < keep; i++) {
      int[] p = trace.get((int) ((long) i * n / keep));
      out.add(new PixelPoint(p[0] + dx + 0.5, p[1] + dy + 0.5));
    }
    return new Structure(name, out);
  }

  /**
   * One outline per piece (4-connected component) of the mask, in raster order of the pieces'
   * first pixels, each under the same name; pieces with fewer than three boundary pixels have none.
   */
  public static List<Structure> pieces(String name, Mask m, int maxVertices) {
    int[] b = m.bounds();
    if (b == null) {
      return List.of();
    }
    int w = b[2] - b[0] + 1;
    int h = b[3] - b[1] + 1;
    boolean[] box = m.crop(b[0], b[1], b[2], b[3]).inside();
    Components c = Components.label(box, w, h);
    if (c.blobs().size() == 1) {
      Structure s = of(name, m, maxVertices);
      return s == null ? List.of() : List.of(s);
    }
    List<Structure> out = new ArrayList<>();
    int[] labels = c.labels();
    for (Components.Blob blob : c.blobs()) {
      // The piece over its own bounding box: outside it the piece has no pixel, so its trace is
      // the one over the whole frame, shifted (and held to the whole frame's step limit).
      int pw = blob.widthPx();
      boolean[] inside = new boolean[pw * blob.heightPx()];
      for (int y = blob.minY(); y <= blob.maxY(); y++) {
        for (int x = blob.minX(); x <= blob.maxX(); x++) {
          inside[(y - blob.minY()) * pw + x - blob.minX()] = labels[y * w + x] == blob.label();
        }
      }
      Structure s = thinned(name, trace(new Mask(pw, blob.heightPx(), inside), 4 * m.width() * m.height()),
          b[0] + blob.minX(), b[1] + blob.minY(), maxVertices);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every piece of every named mask, by name in alphabetical order ({@link #pieces}). */
  public static List<Structure> all(Map<String, Mask> masks, int maxVertices) {
    List<Structure> out = new ArrayList<>();
    for (Map.Entry<String, Mask> e : new TreeMap<>(masks).entrySet()) {
      out.addAll(pieces(e.getKey(), e.getValue(), maxVertices));
    }
    return out;
  }

  /** The outer boundary's trace, given up after {@code limit} steps. */
  private static List<int[]> trace(Mask m, int limit) {
    int start = -1;
    int[] b = m.bounds();
    for (int y = b == null ? 0 : b[1]; b != null && y <= b[3] && start < 0; y++) {
      for (int x = b[0]; x <= b[2] && start < 0; x++) {
        if (m.get(x, y)) {
          start = y * m.width() + x;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    if (start < 0) {
      return out;
    }
    int sx = start % m.width();
    int sy = start / m.width();
    int x = sx;
    int y = sy;
    int dir = 7; // came from the left, so start looking up-right of the west neighbour
    do {
      out.add(new int[] {x, y});
      int d = (dir + 6) % 8; // back-track to the neighbour before the one we came from
      boolean moved = false;
      for (int k = 0; k < 8; k++) {
        int nd = (d + k) % 8;
        if (m.get(x + DX[nd], y + DY[nd])) {
          x += DX[nd];
          y += DY[nd];
          dir = nd;
          moved = true;
          break;
        }
      }
      if (!moved || out.size() > limit) {
        break;
      }
    } while (x != sx || y != sy);
    return out;
  }
}
