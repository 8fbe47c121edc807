package org.injectplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;

/**
 * The outline of a mask as a polygon through boundary pixel centres, for the plan's
 * {@code capsule} and {@code avoidStructures}: Moore-neighbour tracing of the first component in
 * raster order (its outer boundary), thinned to at most {@code maxVertices} by keeping evenly
 * spaced vertices.
 */
public final class Outline {
  private static final int[] DX = {1, 1, 0, -1, -1, -1, 0, 1};
  private static final int[] DY = {0, 1, 1, 1, 0, -1, -1, -1};

  private Outline() {
  }

  /** The named outline, or null when the mask has fewer than three boundary pixels. */
  public static Structure of(String name, BinaryMask m, int maxVertices) {
    if (maxVertices < 3) {
      throw new IllegalArgumentException("maxVertices must be >= 3: " + maxVertices);
    }
    List<int[]> trace = trace(m);
    if (trace.size() < 3) {
      return null;
    }
    List<PixelPoint> out = new ArrayList<>();
    int n = trace.size();
    int keep = Math.min(n, maxVertices);
    for (int i = 0; i < keep; i++) {
      int[] p = trace.get((int) ((long) i * n / keep));
      out.add(new PixelPoint(p[0] + 0.5, p[1] + 0.5));
    }
    return new Structure(name, out);
  }

  static List<int[]> trace(BinaryMask m) {
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
    int limit = 4 * m.width() * m.height();
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
