package org.injectplan.samples;

/**
 * An ultrasound tissue class: its mean backscatter (echogenicity, relative to muscle-like soft
 * tissue at about 0.5), its attenuation in dB/cm/MHz, its texture, and whether it is a specular
 * reflector (whose echo falls as the beam meets it obliquely).
 *
 * <p>Attenuation figures are the usual textbook values (e.g. Szabo, Diagnostic Ultrasound
 * Imaging, 2nd ed., table 4.1: fat about 0.5, muscle about 1, blood about 0.2, water
 * near 0, bone over 10 dB/cm/MHz), rounded.
 */
record UsTissue(String name, double echo, double attenuationDbPerCmMhz, Texture texture, boolean specular,
    int labels) {

  /** A pattern modulating the echogenicity. */
  enum Texture { NONE, FAT_SEPTA, FIBRILLAR, HONEYCOMB }

  static final int FLUID = 1;
  static final int AVOID = 2;
  static final int BONE = 4;

  UsTissue {
    if (echo < 0 || attenuationDbPerCmMhz < 0) {
      throw new IllegalArgumentException(name + ": echo and attenuation must be >= 0");
    }
  }

  static final UsTissue DERMIS = new UsTissue("dermis", 1.1, 0.8, Texture.NONE, false, 0);
  static final UsTissue FAT = new UsTissue("subcutaneous fat", 0.22, 0.5, Texture.FAT_SEPTA, false, 0);
  static final UsTissue FAT_PAD = new UsTissue("fat pad", 0.45, 0.5, Texture.FAT_SEPTA, false, 0);
  static final UsTissue MUSCLE = new UsTissue("muscle", 0.3, 0.9, Texture.FIBRILLAR, false, 0);
  static final UsTissue TENDON = new UsTissue("tendon", 0.9, 1.0, Texture.FIBRILLAR, false, 0);
  static final UsTissue FLUID_T = new UsTissue("joint fluid", 0.003, 0.02, Texture.NONE, false, FLUID);
  static final UsTissue SYNOVIUM = new UsTissue("thickened synovium", 0.12, 0.5, Texture.NONE, false, 0);
  static final UsTissue LOBULE = new UsTissue("fat lobule", 0.07, 0.5, Texture.NONE, false, 0);
  static final UsTissue CAPSULE = new UsTissue("capsule", 3.0, 1.2, Texture.NONE, true, 0);
  static final UsTissue CARTILAGE = new UsTissue("cartilage", 0.02, 0.3, Texture.NONE, false, 0);
  static final UsTissue CORTEX = new UsTissue("bone surface", 9.0, 15, Texture.NONE, true, BONE);
  static final UsTissue BONE_T = new UsTissue("bone", 0.05, 15, Texture.NONE, false, BONE);
  static final UsTissue LABRUM = new UsTissue("labrum", 1.4, 1.0, Texture.NONE, false, AVOID);
  static final UsTissue VESSEL_WALL = new UsTissue("vessel wall", 2.2, 1.0, Texture.NONE, true, AVOID);
  /**
   * Flowing blood: on real scans at these frequencies lumens are grey, not black (the lumen of a
   * hand-drawn vessel lies 25 grey levels, about 6 dB, below the tissue 1.5-3 mm around it:
   * docs/samples.md), from red-cell backscatter, side lobes and reverberation; -12 dB below muscle
   * here, which the point-spread function and the noise floor bring to about that.
   */
  static final UsTissue BLOOD = new UsTissue("blood", 0.02, 0.15, Texture.NONE, false, AVOID);
  /** Blood in the phantom look ({@link Look#PHANTOM}): black lumens, as in the committed samples. */
  static final UsTissue BLOOD_PHANTOM = new UsTissue("blood", 0.004, 0.15, Texture.NONE, false, AVOID);
  /** The bright line of a fascia between two layers (docs/samples.md: fascia lines). */
  static final UsTissue FASCIA = new UsTissue("fascia", 1.6, 1.0, Texture.NONE, true, 0);
  /**
   * A peripheral nerve: hypoechoic fascicles in a hyperechoic epineurium, the honeycomb of real
   * nerves (13 grey levels brighter than the tissue around it on the hand-drawn nerves).
   */
  static final UsTissue NERVE = new UsTissue("nerve", 0.6, 0.9, Texture.HONEYCOMB, false, 0);
  static final UsTissue EPINEURIUM = new UsTissue("epineurium", 1.4, 1.0, Texture.NONE, true, 0);
}
