package org.injectplan.segment;

/**
 * Second moments of a component: the full lengths of its principal axes (4 standard deviations,
 * the extent of a uniform band), major first.
 */
final class Moments {
  private Moments() {
  }

  /** {major, minor} full lengths in pixels. */
  static double[] axes(Components c, Components.Blob b) {
    double mx = (double) b.sumX() / b.area();
    double my = (double) b.sumY() / b.area();
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int y = b.minY(); y <= b.maxY(); y++) {
      for (int x = b.minX(); x <= b.maxX(); x++) {
        if (c.labels()[y * c.width() + x] == b.label()) {
          sxx += (x - mx) * (x - mx);
          syy += (y - my) * (y - my);
          sxy += (x - mx) * (y - my);
        }
      }
    }
    sxx /= b.area();
    syy /= b.area();
    sxy /= b.area();
    double t = (sxx + syy) / 2;
    double d = Math.sqrt(Math.max(0, (sxx - syy) * (sxx - syy) / 4 + sxy * sxy));
    return new double[] {Math.sqrt(12 * (t + d)), Math.sqrt(12 * Math.max(0, t - d))};
  }
}
