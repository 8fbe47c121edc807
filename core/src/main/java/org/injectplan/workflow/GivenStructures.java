package org.injectplan.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.injectplan.image.Mask;

/**
 * What the user gave of the anatomy (full-frame masks): the capsule (or, on fluoroscopy, the
 * joint space), the structures to avoid by name, and bone with its acoustic shadow. Each may be
 * absent: the workflow segments the capsule and finds bone and vessels in the image.
 *
 * @param capsule the capsule, or null to segment it
 * @param avoid structures to avoid by name, in the order given (may be empty)
 * @param bone bone and its shadow (impassable), or null
 */
public record GivenStructures(Mask capsule, Map<String, Mask> avoid, Mask bone) {
  public GivenStructures {
    avoid = avoid == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(avoid));
  }

  /** Nothing given. */
  public static GivenStructures none() {
    return new GivenStructures(null, Map.of(), null);
  }

  public GivenStructures withCapsule(Mask m) {
    return new GivenStructures(m, avoid, bone);
  }

  public GivenStructures withAvoid(Map<String, Mask> m) {
    return new GivenStructures(capsule, m, bone);
  }

  public GivenStructures withBone(Mask m) {
    return new GivenStructures(capsule, avoid, m);
  }
}
