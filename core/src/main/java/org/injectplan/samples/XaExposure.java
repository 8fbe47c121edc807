package org.injectplan.samples;

/**
 * How a fluoroscopy frame is exposed and read out.
 *
 * @param kvp tube voltage, recorded in the header (the attenuation model uses one effective energy)
 * @param meanCounts what the automatic exposure control aims for: the median expected photon count
 *     per pixel inside the collimated field
 * @param collimation the open field in pixels {x0, y0, x1, y1} (x1, y1 exclusive); outside it the
 *     lead blades pass {@code leakage} of the beam
 * @param blurSigmaPx the detector's and focal spot's blur, applied to the expected counts
 * @param bitsStored the detector's output depth; the stored value is proportional to ln(1 + counts)
 */
record XaExposure(double kvp, double meanCounts, int[] collimation, double leakage, double blurSigmaPx,
    int bitsStored) {
  XaExposure {
    if (!(meanCounts > 0) || !(leakage >= 0 && leakage < 1) || blurSigmaPx < 0) {
      throw new IllegalArgumentException("meanCounts > 0, leakage in [0, 1), blurSigmaPx >= 0");
    }
    if (collimation.length != 4 || collimation[2] <= collimation[0] || collimation[3] <= collimation[1]) {
      throw new IllegalArgumentException("collimation must be {x0, y0, x1, y1} with x1 > x0 and y1 > y0");
    }
    if (bitsStored < 8 || bitsStored > 16) {
      throw new IllegalArgumentException("bitsStored must be in [8, 16]: " + bitsStored);
    }
    collimation = collimation.clone();
  }

  boolean open(int x, int y) {
    return x >= collimation[0] && x < collimation[2] && y >= collimation[1] && y < collimation[3];
  }
}
