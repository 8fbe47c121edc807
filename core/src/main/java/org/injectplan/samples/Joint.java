package org.injectplan.samples;

/** The joints the samples show, with how each is approached. */
public enum Joint {
  KNEE("knee", "suprapatellar recess, lateral in-plane approach"),
  SHOULDER("shoulder", "posterior glenohumeral joint, in-plane lateral-to-medial approach"),
  HIP("hip", "anterior recess at the femoral head-neck junction, in-plane distal-to-proximal approach"),
  FACET("facet", "lumbar facet joint, coaxial (down-the-beam) approach to the inferior recess");

  private final String key;
  private final String approach;

  Joint(String key, String approach) {
    this.key = key;
    this.approach = approach;
  }

  /** The name used on the command line and in plans. */
  public String key() {
    return key;
  }

  public String approach() {
    return approach;
  }
}
