package org.injectplan.samples;

/** The committed sample cases: id (file stem), joint, modality and frame count. */
public enum SampleCase {
  KNEE_US("knee-us", Joint.KNEE, 1),
  KNEE_CINE("knee-cine", Joint.KNEE, 12),
  SHOULDER_US("shoulder-us", Joint.SHOULDER, 1),
  SHOULDER_CINE("shoulder-cine", Joint.SHOULDER, 12),
  HIP_US("hip-us", Joint.HIP, 1),
  HIP_CINE("hip-cine", Joint.HIP, 12),
  FACET_OBLIQUE_XA("facet-oblique-xa", Joint.FACET, 1),
  SPINE_AP_XA("spine-ap-xa", Joint.FACET, 1),
  SPINE_LATERAL_XA("spine-lateral-xa", Joint.FACET, 1),
  HIP_AP_XA("hip-ap-xa", Joint.HIP, 1),
  /**
   * knee-us's anatomy and tissue imaged with a 22G needle in place (see {@link NeedleEcho}); last, so
   * that the other cases keep their ordinals (the XA series numbers are 10 + ordinal).
   */
  KNEE_US_NEEDLE("knee-us-needle", Joint.KNEE, 1);

  private final String id;
  private final Joint joint;
  private final int frames;

  SampleCase(String id, Joint joint, int frames) {
    this.id = id;
    this.joint = joint;
    this.frames = frames;
  }

  public String id() {
    return id;
  }

  public Joint joint() {
    return joint;
  }

  public int frames() {
    return frames;
  }

  /** Whether the scan shows a needle in place. */
  public boolean hasNeedle() {
    return this == KNEE_US_NEEDLE;
  }

  /** The case whose anatomy, tissue and speckle this one shows: itself, or for a needle case the case without it. */
  public String anatomyId() {
    return hasNeedle() ? KNEE_US.id : id;
  }

  public boolean isUltrasound() {
    return !id.endsWith("-xa");
  }
}
