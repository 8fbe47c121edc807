package org.injectplan.image;

/**
 * The ellipse of a mask's second moments, in mm: the filled ellipse whose centroid and
 * covariance equal the mask's. A uniform ellipse of semi-axes a and b has variance a²/4 along its
 * major axis and b²/4 along its minor axis, so a = 2 sqrt(λ1) and b = 2 sqrt(λ2) of the
 * covariance's eigenvalues. Each pixel counts as a uniform square (its own variance, s²/12 per
 * axis, is added), so a single pixel has a size.
 *
 * @param semiMajorMm the semi-major axis a, mm
 * @param semiMinorMm the semi-minor axis b, mm
 * @param centreXPx the centroid's x, px (pixel centres at +0.5)
 * @param centreYPx the centroid's y, px
 * @param axisX the major axis's unit vector in mm space, x
 * @param axisY the major axis's unit vector in mm space, y
 */
public record MaskMoments(double semiMajorMm, double semiMinorMm, double centreXPx, double centreYPx, double axisX,
    double axisY) {

  /**
   * The moments of a mask.
   *
   * @throws IllegalArgumentException when the mask is empty
   */
  public static MaskMoments of(Mask mask, double mmPerPixelX, double mmPerPixelY) {
    return of(mask.width(), mask.height(), mask.inside(), mmPerPixelX, mmPerPixelY);
  }

  /**
   * The moments of a row-major mask.
   *
   * @throws IllegalArgumentException when the mask is empty or its size does not match
   */
  public static MaskMoments of(int width, int height, boolean[] inside, double mmPerPixelX, double mmPerPixelY) {
    if (inside.length != width * height) {
      throw new IllegalArgumentException("mask of " + inside.length + " pixels is not " + width + " x " + height);
    }
    double[] sums = sums(width, height, inside, mmPerPixelX, mmPerPixelY);
    double n = sums[0];
    if (n == 0) {
      throw new IllegalArgumentException("the capsule mask is empty");
    }
    double mx = sums[1] / n;
    double my = sums[2] / n;
    double cxx = sums[3] / n - mx * mx + mmPerPixelX * mmPerPixelX / 12;
    double cyy = sums[4] / n - my * my + mmPerPixelY * mmPerPixelY / 12;
    double cxy = sums[5] / n - mx * my;
    double tr = cxx + cyy;
    double disc = Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
    double l1 = tr / 2 + disc;
    double l2 = Math.max(0, tr / 2 - disc);
    double ax = Math.abs(cxy) > 1e-12 ? l1 - cyy : (cxx >= cyy ? 1 : 0);
    double ay = Math.abs(cxy) > 1e-12 ? cxy : (cxx >= cyy ? 0 : 1);
    double norm = Math.hypot(ax, ay);
    return new MaskMoments(2 * Math.sqrt(l1), 2 * Math.sqrt(l2), mx / mmPerPixelX, my / mmPerPixelY, ax / norm,
        ay / norm);
  }

  /** {n, sum u, sum v, sum u², sum v², sum uv} over the inside pixels' centres, in mm. */
  private static double[] sums(int width, int height, boolean[] inside, double mmPerPixelX, double mmPerPixelY) {
    double[] s = new double[6];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (inside[y * width + x]) {
          double u = (x + 0.5) * mmPerPixelX;
          double v = (y + 0.5) * mmPerPixelY;
          s[0]++;
          s[1] += u;
          s[2] += v;
          s[3] += u * u;
          s[4] += v * v;
          s[5] += u * v;
        }
      }
    }
    return s;
  }
}
