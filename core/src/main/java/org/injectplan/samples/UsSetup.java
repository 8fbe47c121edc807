package org.injectplan.samples;

/**
 * Everything that makes one ultrasound case: where the image sits, how the scanner images,
 * the phantom, and the probe's sweep for a cine.
 */
record UsSetup(Joint joint, UsGeometry geometry, UsImagingParams imaging, UsAnatomy anatomy, double slideMm,
    double maxCompression) {
  UsSetup {
    if (slideMm < 0 || maxCompression < 0 || maxCompression > 0.8) {
      throw new IllegalArgumentException("slideMm must be >= 0 and maxCompression in [0, 0.8]");
    }
  }
}
