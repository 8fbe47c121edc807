package org.injectplan.planning;

import java.util.Optional;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;

/**
 * One C-arm projection, in patient coordinates (LPS, mm) relative to the isocentre. Angles
 * follow DICOM PS3.3 C.8.7.5: the primary angle turns the detector from anterior towards the
 * patient's left (LAO positive), the secondary towards the head (cranial positive); with both
 * zero the beam runs posterior to anterior. Unit vector isocentre to detector
 * d = (sin a cos b, -cos a cos b, sin b); source at -SOD d; detector centre at (SID - SOD) d;
 * column axis u = (cos a, sin a, 0), row axis v = u x d. Pixel (x, y) is a continuous position,
 * the detector centre at (columns / 2, rows / 2), {@code detectorMmPerPixel} at the detector.
 */
public record CArmView(double primaryDeg, double secondaryDeg, double sidMm, double sodMm, double detectorMmPerPixel,
    int columns, int rows) {

  public CArmView {
    if (!(sodMm > 0) || !(sidMm > sodMm)) {
      throw new IllegalArgumentException("need 0 < SOD < SID: SOD " + sodMm + ", SID " + sidMm);
    }
    if (!(detectorMmPerPixel > 0) || columns < 1 || rows < 1) {
      throw new IllegalArgumentException("detector pixel size and matrix must be positive: " + detectorMmPerPixel);
    }
  }

  /** The view from a header: positioner angles, SID, SOD and Imager Pixel Spacing; empty when one is absent. */
  public static Optional<CArmView> of(Header h, int columns, int rows) {
    var a = h.decimal(DicomTags.POSITIONER_PRIMARY_ANGLE);
    var b = h.decimal(DicomTags.POSITIONER_SECONDARY_ANGLE);
    var sid = h.decimal(DicomTags.DISTANCE_SOURCE_TO_DETECTOR);
    var sod = h.decimal(DicomTags.DISTANCE_SOURCE_TO_PATIENT);
    var px = h.decimal(DicomTags.IMAGER_PIXEL_SPACING, 0);
    if (a.isEmpty() || b.isEmpty() || sid.isEmpty() || sod.isEmpty() || px.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CArmView(a.getAsDouble(), b.getAsDouble(), sid.getAsDouble(), sod.getAsDouble(),
        px.getAsDouble(), columns, rows));
  }

  /** Unit vector from the source towards the detector. */
  public Vector3D beam() {
    double a = Math.toRadians(primaryDeg);
    double b = Math.toRadians(secondaryDeg);
    return new Vector3D(Math.sin(a) * Math.cos(b), -Math.cos(a) * Math.cos(b), Math.sin(b));
  }

  Vector3D columnAxis() {
    double a = Math.toRadians(primaryDeg);
    return new Vector3D(Math.cos(a), Math.sin(a), 0);
  }

  Vector3D rowAxis() {
    return columnAxis().crossProduct(beam());
  }

  public Vector3D source() {
    return beam().scalarMultiply(-sodMm);
  }

  /** The detector point of continuous pixel position (x, y). */
  public Vector3D detectorPoint(double x, double y) {
    return beam().scalarMultiply(sidMm - sodMm)
        .add(columnAxis().scalarMultiply((x - columns / 2.0) * detectorMmPerPixel))
        .add(rowAxis().scalarMultiply((y - rows / 2.0) * detectorMmPerPixel));
  }

  /** Unit direction of the ray from the source through pixel position (x, y). */
  public Vector3D ray(double x, double y) {
    return detectorPoint(x, y).subtract(source()).normalize();
  }

  /** Where a point projects, as a continuous pixel position {x, y}. */
  public double[] project(Vector3D p) {
    Vector3D s = source();
    Vector3D rel = p.subtract(s);
    double t = sidMm / rel.dotProduct(beam());
    Vector3D q = s.add(rel.scalarMultiply(t)).subtract(beam().scalarMultiply(sidMm - sodMm));
    return new double[] {columns / 2.0 + q.dotProduct(columnAxis()) / detectorMmPerPixel,
        rows / 2.0 + q.dotProduct(rowAxis()) / detectorMmPerPixel};
  }
}
