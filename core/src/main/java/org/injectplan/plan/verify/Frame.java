package org.injectplan.plan.verify;

/**
 * The extent the plan's points must lie in: the planned frame's columns and rows, and where the
 * extent comes from (the scan, the plan's provenance, or the largest frame DICOM can hold).
 */
record Frame(int columns, int rows, String source) {
  /** Rows and Columns are US (unsigned 16-bit) in DICOM: no frame is larger. */
  static final Frame DICOM_LIMIT = new Frame(65535, 65535, "the largest frame DICOM can hold (65535 x 65535)");

  boolean contains(double x, double y) {
    return x >= 0 && y >= 0 && x <= columns && y <= rows;
  }
}
