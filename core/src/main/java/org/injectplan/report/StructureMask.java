package org.injectplan.report;

import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;

/**
 * A plan's outline as a full-frame mask: pixel (x, y) is inside when its centre
 * (x + 0.5, y + 0.5) lies inside the closed polygon (even-odd rule) or on one of its edges. The
 * planner's outlines run through boundary pixel centres, so the boundary pixels they were traced
 * from count as inside. Parts of the outline beyond the frame are cut off.
 */
final class StructureMask {
  /** How close to an edge (in pixels) a pixel centre counts as on it. */
  private static final double ON_EDGE_PX = 1e-9;

  private StructureMask() {
  }

  /** The mask, row by row ({@code y * width + x}). */
  static boolean[] of(Structure s, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame size must be positive: " + width + " x " + height);
    }
    List<PixelPoint> p = s.contourPx();
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (PixelPoint q : p) {
      minY = Math.min(minY, q.yPx());
      maxY = Math.max(maxY, q.yPx());
    }
    boolean[] inside = new boolean[width * height];
    int y0 = Math.max(0, (int) Math.floor(minY - 0.5));
    int y1 = Math.min(height - 1, (int) Math.ceil(maxY - 0.5));
    double[] xs = new double[p.size()];
    for (int y = y0; y <= y1; y++) {
      fillRow(p, y, width, xs, inside);
    }
    for (int i = 0; i < p.size(); i++) {
      markEdge(p.get(i), p.get((i + 1) % p.size()), width, height, inside);
    }
    return inside;
  }

  /** Even-odd fill of the pixel centres of row {@code y}. */
  private static void fillRow(List<PixelPoint> p, int y, int width, double[] xs, boolean[] inside) {
    double yc = y + 0.5;
    int n = 0;
    for (int i = 0; i < p.size(); i++) {
      PixelPoint a = p.get(i);
      PixelPoint b = p.get((i + 1) % p.size());
      if ((a.yPx() > yc) != (b.yPx() > yc)) {
        xs[n++] = a.xPx() + (yc - a.yPx()) * (b.xPx() - a.xPx()) / (b.yPx() - a.yPx());
      }
    }
    java.util.Arrays.sort(xs, 0, n);
    for (int k = 0; k + 1 < n; k += 2) {
      // Pixel centres x + 0.5 strictly between the two crossings.
      int from = Math.max(0, (int) Math.floor(xs[k] - 0.5) + 1);
      int to = Math.min(width - 1, (int) Math.ceil(xs[k + 1] - 0.5) - 1);
      for (int x = from; x <= to; x++) {
        inside[y * width + x] = true;
      }
    }
  }

  /** Marks the pixels whose centres lie on the segment a-b. */
  private static void markEdge(PixelPoint a, PixelPoint b, int width, int height, boolean[] inside) {
    int x0 = Math.max(0, (int) Math.floor(Math.min(a.xPx(), b.xPx()) - 0.5));
    int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(a.xPx(), b.xPx()) - 0.5));
    int y0 = Math.max(0, (int) Math.floor(Math.min(a.yPx(), b.yPx()) - 0.5));
    int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(a.yPx(), b.yPx()) - 0.5));
    double dx = b.xPx() - a.xPx();
    double dy = b.yPx() - a.yPx();
    double len2 = dx * dx + dy * dy;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double px = x + 0.5 - a.xPx();
        double py = y + 0.5 - a.yPx();
        double t = len2 == 0 ? 0 : (px * dx + py * dy) / len2;
        if (t < 0 || t > 1) {
          continue;
        }
        if (Math.hypot(px - t * dx, py - t * dy) <= ON_EDGE_PX) {
          inside[y * width + x] = true;
        }
      }
    }
  }

  /** The number of pixels inside. */
  static int count(boolean[] mask) {
    int n = 0;
    for (boolean b : mask) {
      if (b) {
        n++;
      }
    }
    return n;
  }
}
