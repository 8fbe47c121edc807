package org.injectplan.samples;

/**
 * A C-arm view. Angles follow DICOM (PS3.3 C.8.7.5): the primary angle turns the detector from
 * anterior towards the patient's left (LAO positive), the secondary angle towards the head
 * (cranial positive). With both zero the beam runs posterior to anterior (the source under the
 * table) and the image is seen as an AP view: columns run to the patient's left, rows to the feet.
 *
 * <p>In patient space (LPS, mm): the unit vector from isocentre to detector is
 * d = (sin a cos b, -cos a cos b, sin b); the source is at iso - SOD d, the detector centre at
 * iso + (SID - SOD) d; the column axis is u = (cos a, sin a, 0) and the row axis v = u x d.
 * Pixel (c, r) covers [c, c+1) x [r, r+1) (ImageJ's convention); the detector centre is at
 * (columns/2, rows/2).
 */
public record ProjectionGeometry(double primaryDeg, double secondaryDeg, double sidMm, double sodMm,
    double detectorMmPerPixel, int columns, int rows, Vec3 isocentre) {

  public ProjectionGeometry {
    if (!(sodMm > 0) || !(sidMm > sodMm)) {
      throw new IllegalArgumentException("need 0 < SOD < SID: " + sodMm + ", " + sidMm);
    }
    if (!(detectorMmPerPixel > 0) || columns < 1 || rows < 1) {
      throw new IllegalArgumentException("detector pixel size and size must be positive");
    }
  }

  public Vec3 beam() {
    double a = Math.toRadians(primaryDeg);
    double b = Math.toRadians(secondaryDeg);
    return new Vec3(Math.sin(a) * Math.cos(b), -Math.cos(a) * Math.cos(b), Math.sin(b));
  }

  public Vec3 columnAxis() {
    double a = Math.toRadians(primaryDeg);
    return new Vec3(Math.cos(a), Math.sin(a), 0);
  }

  public Vec3 rowAxis() {
    return columnAxis().cross(beam());
  }

  public Vec3 source() {
    return isocentre.minus(beam().times(sodMm));
  }

  public Vec3 detectorCentre() {
    return isocentre.plus(beam().times(sidMm - sodMm));
  }

  /** Magnification at the isocentre plane, SID / SOD. */
  public double magnification() {
    return sidMm / sodMm;
  }

  /** The point on the detector at continuous pixel position (x, y). */
  Vec3 detectorPoint(double x, double y) {
    return detectorCentre().plus(columnAxis().times((x - columns / 2.0) * detectorMmPerPixel))
        .plus(rowAxis().times((y - rows / 2.0) * detectorMmPerPixel));
  }

  /** Unit direction from the source to the centre of pixel (c, r). */
  Vec3 ray(int c, int r) {
    return detectorPoint(c + 0.5, r + 0.5).minus(source()).unit();
  }

  /** Where a patient-space point projects, as continuous pixel coordinates {x, y}. */
  public double[] project(Vec3 p) {
    Vec3 s = source();
    Vec3 d = beam();
    double t = detectorCentre().minus(s).dot(d) / p.minus(s).dot(d);
    Vec3 q = s.plus(p.minus(s).times(t)).minus(detectorCentre());
    return new double[] {columns / 2.0 + q.dot(columnAxis()) / detectorMmPerPixel,
        rows / 2.0 + q.dot(rowAxis()) / detectorMmPerPixel};
  }
}
