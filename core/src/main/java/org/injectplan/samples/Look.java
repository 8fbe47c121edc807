package org.injectplan.samples;

/**
 * How the simulated ultrasound scanner and tissue look. {@link #PHANTOM} is the committed
 * samples' look; {@link #REAL_TISSUE} is what the real frames show (issue 11.6, docs/samples.md):
 * the committed samples keep the phantom look until the algorithms hold on the realistic one.
 */
public enum Look {
  /** Exact time-gain compensation, raw speckle, black lumens, no fascia lines or nerve, a uniform needle shaft. */
  PHANTOM,
  /**
   * A time-gain compensation that falls short, speckle smoothed to the real frames' size, grey
   * lumens, fascia lines, a femoral nerve, a needle echo that tapers and splits at the tip.
   */
  REAL_TISSUE;

  public boolean realTissue() {
    return this == REAL_TISSUE;
  }
}
