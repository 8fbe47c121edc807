package org.injectplan.segment.jointspace;

import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.injectplan.image.Mask;

/**
 * The centre line of a band-shaped mask: its skeleton (ImageJ's thinning), as pixel centres
 * ordered along the band's principal axis. The same rule gives the truth's centre line from a
 * truth mask, so the two are compared like for like.
 */
public final class CentreLine {
  private CentreLine() {
  }

  /** Skeleton pixel centres [x + 0.5, y + 0.5], ordered along the principal axis; empty for an empty mask. */
  public static List<double[]> of(Mask m) {
    ByteProcessor bp = m.toByteProcessor();
    bp.skeletonize(255);
    byte[] px = (byte[]) bp.getPixels();
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i < px.length; i++) {
      if (px[i] != 0) {
        pts.add(new double[] {i % m.width() + 0.5, i / m.width() + 0.5});
      }
    }
    return ordered(pts);
  }

  /** The points (copied) ordered along their principal axis. */
  public static List<double[]> ordered(List<double[]> points) {
    List<double[]> pts = new ArrayList<>(points);
    if (pts.isEmpty()) {
      return pts;
    }
    double sx = 0;
    double sy = 0;
    for (double[] p : pts) {
      sx += p[0];
      sy += p[1];
    }
    double mx = sx / pts.size();
    double my = sy / pts.size();
    double xx = 0;
    double yy = 0;
    double xy = 0;
    for (double[] p : pts) {
      xx += (p[0] - mx) * (p[0] - mx);
      yy += (p[1] - my) * (p[1] - my);
      xy += (p[0] - mx) * (p[1] - my);
    }
    double angle = 0.5 * Math.atan2(2 * xy, xx - yy);
    double ux = Math.cos(angle);
    double uy = Math.sin(angle);
    pts.sort(Comparator.comparingDouble(p -> (p[0] - mx) * ux + (p[1] - my) * uy));
    return pts;
  }

  /**
   * Mean symmetric distance in mm between two centre lines (the mean, over the points of both,
   * of the distance to the nearest point of the other).
   *
   * @throws IllegalArgumentException when a line is empty or a spacing is not positive
   */
  public static double meanDistanceMm(List<double[]> a, List<double[]> b, double mmPerPixelX, double mmPerPixelY) {
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException("empty centre line");
    }
    if (!(mmPerPixelX > 0) || !(mmPerPixelY > 0)) {
      throw new IllegalArgumentException("spacing must be positive: " + mmPerPixelX + ", " + mmPerPixelY);
    }
    return (directed(a, b, mmPerPixelX, mmPerPixelY) + directed(b, a, mmPerPixelX, mmPerPixelY)) / 2;
  }

  private static double directed(List<double[]> a, List<double[]> b, double mx, double my) {
    double sum = 0;
    for (double[] p : a) {
      double best = Double.MAX_VALUE;
      for (double[] q : b) {
        best = Math.min(best, Math.hypot((p[0] - q[0]) * mx, (p[1] - q[1]) * my));
      }
      sum += best;
    }
    return sum / a.size();
  }
}
