package org.injectplan.samples;

/**
 * The probe's state for one frame of a cine: a lateral slide of the probe and a compression of
 * the recess under it. Compression squeezes the fluid pocket from below (the tissue beneath the
 * pocket rises by {@code compression} times the pocket's height, fading with lateral distance
 * from the pocket); tissue above the pocket does not move.
 */
public record CineFrame(int index, double shiftMm, double compression) {
  public CineFrame {
    if (index < 0) {
      throw new IllegalArgumentException("frame index must be >= 0: " + index);
    }
    if (compression < 0 || compression > 0.8) {
      throw new IllegalArgumentException("compression must be in [0, 0.8]: " + compression);
    }
  }

  static final CineFrame REST = new CineFrame(0, 0, 0);

  /**
   * The sweep of a cine: frame 0 at rest; the probe slides by up to {@code slideMm} and
   * compresses by up to {@code maxCompression}, peaking mid-sweep.
   */
  static CineFrame[] sweep(int frames, double slideMm, double maxCompression) {
    if (frames < 1) {
      throw new IllegalArgumentException("frames must be >= 1: " + frames);
    }
    CineFrame[] out = new CineFrame[frames];
    for (int k = 0; k < frames; k++) {
      double phase = Math.PI * k / frames;
      out[k] = new CineFrame(k, slideMm * Math.sin(2 * phase), maxCompression * Math.pow(Math.sin(phase), 2));
    }
    return out;
  }
}
