package org.injectplan.samples;

/**
 * How the simulated scanner images: transmit frequency, resolution, focus, the attenuation its
 * time-gain compensation assumes, the display's dynamic range and gain, and the electronic
 * noise floor.
 *
 * @param axialFwhmMm axial resolution (full width at half maximum of the pulse envelope)
 * @param lateralFwhmMm lateral resolution at the focus
 * @param focalDepthMm depth of the transmit focus; the beam widens away from it
 * @param tgcDbPerCmMhz the attenuation the time-gain compensation makes up for
 * @param dynamicRangeDb the span of echo levels mapped onto 0..255
 * @param gainDb overall gain
 * @param noiseDb the electronic noise floor, as displayed at the bottom of the image (after the
 *     time-gain compensation), relative to tissue of echogenicity 1 (negative)
 * @param tgcShortfallDbPerCm how much less than {@code tgcDbPerCmMhz} the time-gain compensation
 *     makes up for, per cm of depth (round trip, all frequencies): the displayed mean echo of
 *     uniform tissue falls by this much per cm, and the deep field is dark, as on real scans
 * @param speckleReductionMm the scanner's speckle-reduction filter: a Gaussian of this standard
 *     deviation on the log-compressed image (0: none), which smooths and coarsens the speckle
 */
public record UsImagingParams(double frequencyMHz, double axialFwhmMm, double lateralFwhmMm, double focalDepthMm,
    double tgcDbPerCmMhz, double dynamicRangeDb, double gainDb, double noiseDb, double tgcShortfallDbPerCm,
    double speckleReductionMm) {

  public UsImagingParams {
    if (!(frequencyMHz >= 1 && frequencyMHz <= 25)) {
      throw new IllegalArgumentException("frequencyMHz must be in [1, 25]: " + frequencyMHz);
    }
    if (!(axialFwhmMm > 0) || !(lateralFwhmMm > 0) || !(focalDepthMm > 0)) {
      throw new IllegalArgumentException("resolutions and focal depth must be positive");
    }
    if (!(dynamicRangeDb >= 20 && dynamicRangeDb <= 100)) {
      throw new IllegalArgumentException("dynamicRangeDb must be in [20, 100]: " + dynamicRangeDb);
    }
    if (tgcDbPerCmMhz < 0 || !(noiseDb < 0)) {
      throw new IllegalArgumentException("tgcDbPerCmMhz must be >= 0 and noiseDb < 0");
    }
    if (!(tgcShortfallDbPerCm >= 0 && tgcShortfallDbPerCm <= 20) || !(speckleReductionMm >= 0 && speckleReductionMm <= 2)) {
      throw new IllegalArgumentException("tgcShortfallDbPerCm must be in [0, 20] and speckleReductionMm in [0, 2]: "
          + tgcShortfallDbPerCm + ", " + speckleReductionMm);
    }
  }

  /** A scanner whose time-gain compensation is exact and which does not filter speckle. */
  public UsImagingParams(double frequencyMHz, double axialFwhmMm, double lateralFwhmMm, double focalDepthMm,
      double tgcDbPerCmMhz, double dynamicRangeDb, double gainDb, double noiseDb) {
    this(frequencyMHz, axialFwhmMm, lateralFwhmMm, focalDepthMm, tgcDbPerCmMhz, dynamicRangeDb, gainDb, noiseDb, 0, 0);
  }

  /** The same scanner at another overall gain. */
  public UsImagingParams withGainDb(double newGainDb) {
    return new UsImagingParams(frequencyMHz, axialFwhmMm, lateralFwhmMm, focalDepthMm, tgcDbPerCmMhz, dynamicRangeDb,
        newGainDb, noiseDb, tgcShortfallDbPerCm, speckleReductionMm);
  }
}
