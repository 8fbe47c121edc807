package org.injectplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.injectplan.dicom.BadScanException;

/**
 * One analysis measured by {@code injectplan bench real DIR} on each set of real frames. A new
 * analysis is one class implementing this and one line in {@link RealBench#SECTIONS}.
 */
public interface RealBenchSection {

  /** A short title printed above the section's lines, e.g. "seeded segmentation at each vessel". */
  String title();

  /** Whether the section has anything to measure on this set (default: every set). */
  default boolean appliesTo(String set, List<RealFrame> frames) {
    return true;
  }

  /**
   * Measures the set and prints its figures (indented lines; every figure in mm says whether the
   * calibration is assumed, see {@link RealFrame#calibrationAssumed()}).
   */
  void run(String set, List<RealFrame> frames, PrintWriter out) throws IOException, BadScanException;
}
