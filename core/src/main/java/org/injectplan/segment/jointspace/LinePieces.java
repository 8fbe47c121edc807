package org.injectplan.segment.jointspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Mask;

/**
 * The lucent bands' skeleton cut into simple lines: the skeleton (ImageJ's thinning) without its
 * junction pixels (three or more skeleton neighbours), each remaining 8-connected piece ordered
 * end to end and cut again where it bends sharply ({@link #splitAtBends}). A joint
 * space is one such line, or a few joined end to end where other lines cross it
 * ({@link #joined}). Cost: the thinning, then a pass over the skeleton.
 */
final class LinePieces {
  private LinePieces() {
  }

  /** The pieces, each as pixel centres [x + 0.5, y + 0.5] in order. */
  static List<List<double[]>> of(boolean[] band, int w, int h, int bendK, double maxBendDeg) {
    ij.process.ByteProcessor bp = new Mask(w, h, band).toByteProcessor();
    bp.skeletonize(255);
    byte[] px = (byte[]) bp.getPixels();
    boolean[] line = new boolean[px.length];
    for (int i = 0; i < px.length; i++) {
      line[i] = px[i] != 0 && neighbours(px, w, h, i) < 3;
    }
    boolean[] seen = new boolean[px.length];
    List<List<double[]>> out = new ArrayList<>();
    for (int i = 0; i < line.length; i++) {
      if (line[i] && !seen[i]) {
        out.addAll(splitAtBends(order(line, seen, w, h, i), bendK, maxBendDeg));
      }
    }
    return out;
  }

  /**
   * The piece {@code start} extended at both ends by pieces that continue it: an end within
   * {@code gapPx} of the piece's end, in a direction within {@code maxBendDeg} of it.
   */
  static List<double[]> joined(List<List<double[]>> pieces, int start, int k, double maxBendDeg, double gapPx) {
    return joined(pieces, new Ends(pieces, gapPx), start, k, maxBendDeg, gapPx);
  }

  /** The pieces' end points by grid cell of side {@code gapPx}: joining looks only at the cells around an end. */
  static final class Ends {
    private final java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();
    private final double cell;

    Ends(List<List<double[]>> pieces, double gapPx) {
      this.cell = Math.max(1, gapPx);
      for (int q = 0; q < pieces.size(); q++) {
        List<double[]> p = pieces.get(q);
        if (p.size() >= 2) {
          add(p.get(0), q);
          add(p.get(p.size() - 1), q);
        }
      }
    }

    private long key(long cx, long cy) {
      return cx << 32 ^ (cy & 0xffffffffL);
    }

    private void add(double[] pt, int q) {
      cells.computeIfAbsent(key((long) Math.floor(pt[0] / cell), (long) Math.floor(pt[1] / cell)),
          c -> new ArrayList<>()).add(q);
    }

    /** Pieces with an end in the 3 x 3 cells around {@code pt}. */
    List<Integer> near(double[] pt) {
      List<Integer> out = new ArrayList<>();
      long cx = (long) Math.floor(pt[0] / cell);
      long cy = (long) Math.floor(pt[1] / cell);
      for (long dy = -1; dy <= 1; dy++) {
        for (long dx = -1; dx <= 1; dx++) {
          out.addAll(cells.getOrDefault(key(cx + dx, cy + dy), List.of()));
        }
      }
      return out.stream().distinct().sorted().toList();
    }
  }

  /** As {@link #joined(List, int, int, double, double)}, with the pieces' ends indexed once for many calls. */
  static List<double[]> joined(List<List<double[]>> pieces, Ends ends, int start, int k, double maxBendDeg,
      double gapPx) {
    List<double[]> line = new ArrayList<>(pieces.get(start));
    boolean[] used = new boolean[pieces.size()];
    used[start] = true;
    double cosMax = Math.cos(Math.toRadians(maxBendDeg));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int end = 0; end < 2 && !grew; end++) {
        if (end == 0) {
          java.util.Collections.reverse(line);
        }
        double[] e = line.get(line.size() - 1);
        double[] d = direction(line.get(Math.max(0, line.size() - 1 - k)), e);
        for (int q : ends.near(e)) {
          if (grew) {
            break;
          }
          List<double[]> p = pieces.get(q);
          if (used[q] || p.size() < 2) {
            continue;
          }
          for (int flip = 0; flip < 2 && !grew; flip++) {
            double[] first = p.get(flip == 0 ? 0 : p.size() - 1);
            double[] next = p.get(flip == 0 ? Math.min(p.size() - 1, k) : Math.max(0, p.size() - 1 - k));
            double[] dq = direction(first, next);
            double[] gap = {first[0] - e[0], first[1] - e[1]};
            if (Math.hypot(gap[0], gap[1]) <= gapPx && d[0] * dq[0] + d[1] * dq[1] >= cosMax) {
              List<double[]> add = new ArrayList<>(p);
              if (flip == 1) {
                java.util.Collections.reverse(add);
              }
              line.addAll(add);
              used[q] = true;
              grew = true;
            }
          }
        }
      }
    }
    return line;
  }

  /**
   * The path cut where it bends by more than {@code maxTurnDeg} between the {@code k} points
   * before and the {@code k} after (where another line takes over from the band: a joint space
   * curves gently, if at all); the points at the bends are dropped.
   */
  static List<List<double[]>> splitAtBends(List<double[]> path, int k, double maxTurnDeg) {
    if (k < 1 || !(maxTurnDeg > 0)) {
      throw new IllegalArgumentException("need k >= 1 and maxTurnDeg > 0: " + k + ", " + maxTurnDeg);
    }
    List<List<double[]>> pieces = new ArrayList<>();
    List<double[]> piece = new ArrayList<>();
    double cosMax = Math.cos(Math.toRadians(maxTurnDeg));
    for (int i = 0; i < path.size(); i++) {
      boolean bend = false;
      if (i >= k && i + k < path.size()) {
        double[] a = path.get(i - k);
        double[] p = path.get(i);
        double[] b = path.get(i + k);
        double ux = p[0] - a[0];
        double uy = p[1] - a[1];
        double vx = b[0] - p[0];
        double vy = b[1] - p[1];
        bend = (ux * vx + uy * vy) < cosMax * Math.hypot(ux, uy) * Math.hypot(vx, vy);
      }
      if (bend) {
        if (!piece.isEmpty()) {
          pieces.add(piece);
          piece = new ArrayList<>();
        }
      } else {
        piece.add(path.get(i));
      }
    }
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    return pieces;
  }

  private static double[] direction(double[] a, double[] b) {
    double n = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return n == 0 ? new double[] {0, 0} : new double[] {(b[0] - a[0]) / n, (b[1] - a[1]) / n};
  }

  private static int neighbours(byte[] px, int w, int h, int i) {
    int n = 0;
    int x = i % w;
    int y = i / w;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int xx = x + dx;
        int yy = y + dy;
        if ((dx != 0 || dy != 0) && xx >= 0 && yy >= 0 && xx < w && yy < h && px[yy * w + xx] != 0) {
          n++;
        }
      }
    }
    return n;
  }

  /** The piece through {@code seed}, from one end to the other (from its end farthest from the seed). */
  private static List<double[]> order(boolean[] line, boolean[] seen, int w, int h, int seed) {
    int end = last(line, w, h, seed, null);
    List<Integer> order = new ArrayList<>();
    last(line, w, h, end, order);
    List<double[]> pts = new ArrayList<>();
    for (int i : order) {
      seen[i] = true;
      pts.add(new double[] {i % w + 0.5, i / w + 0.5});
    }
    return pts;
  }

  /** Breadth-first through the piece from {@code start}; the visiting order goes into {@code order}; returns the last pixel. */
  private static int last(boolean[] line, int w, int h, int start, List<Integer> order) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    java.util.Set<Integer> visited = new java.util.HashSet<>();
    queue.add(start);
    visited.add(start);
    int last = start;
    while (!queue.isEmpty()) {
      int i = queue.poll();
      last = i;
      if (order != null) {
        order.add(i);
      }
      int x = i % w;
      int y = i / w;
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int xx = x + dx;
          int yy = y + dy;
          if ((dx != 0 || dy != 0) && xx >= 0 && yy >= 0 && xx < w && yy < h) {
            int j = yy * w + xx;
            if (line[j] && visited.add(j)) {
              queue.add(j);
            }
          }
        }
      }
    }
    return last;
  }
}
