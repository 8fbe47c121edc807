package org.injectplan.planning;

import java.util.Locale;

/**
 * A joint's planning defaults: standard approach, default needle, injectate volume range, the
 * largest in-plane angle and, where the literature gives one, the capacity. Sources are in
 * {@link ClinicalFigures}.
 *
 * @param capacityMl the joint's capacity, or {@code Double.NaN} when no literature figure is used
 */
public record JointPreset(String key, String approach, boolean fluoroscopic, int gauge, double needleLengthMm,
    double volumeMinMl, double volumeMaxMl, double defaultVolumeMl, double maxInPlaneAngleDeg, double capacityMl,
    String volumeSource) {

  public JointPreset {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("preset key is missing");
    }
    if (!(volumeMinMl > 0) || !(volumeMaxMl >= volumeMinMl) || defaultVolumeMl < volumeMinMl
        || defaultVolumeMl > volumeMaxMl) {
      throw new IllegalArgumentException("volume range of " + key + " is not ordered: " + volumeMinMl + ", "
          + defaultVolumeMl + ", " + volumeMaxMl);
    }
    if (!(maxInPlaneAngleDeg > 0) || maxInPlaneAngleDeg > ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG) {
      throw new IllegalArgumentException("maxInPlaneAngleDeg of " + key + " must be in (0, "
          + ClinicalFigures.IN_PLANE_REFUSE_ANGLE_DEG + "]: " + maxInPlaneAngleDeg);
    }
  }

  public static final JointPreset KNEE = large("knee", "suprapatellar recess, lateral in-plane approach");
  public static final JointPreset SHOULDER = large("shoulder", "posterior glenohumeral recess, in-plane lateral"
      + " to medial");
  public static final JointPreset HIP = large("hip", "anterior recess at the head-neck junction, in-plane distal"
      + " to proximal");
  public static final JointPreset FACET = new JointPreset("facet", "coaxial (down-the-beam) approach to the"
      + " facet joint's inferior recess", true, 22, 90, ClinicalFigures.FACET_VOLUME_MIN_ML,
      ClinicalFigures.FACET_CAPACITY_ML, ClinicalFigures.FACET_VOLUME_MIN_ML,
      ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG, ClinicalFigures.FACET_CAPACITY_ML, ClinicalFigures.FACET_SOURCE);
  public static final JointPreset CUSTOM = new JointPreset("custom", "in-plane, user-defined", false, 22, 90,
      0.1, 20, 1, ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG, Double.NaN, "user-defined");

  private static JointPreset large(String key, String approach) {
    return new JointPreset(key, approach, false, 22, 90, ClinicalFigures.LARGE_JOINT_VOLUME_MIN_ML,
        ClinicalFigures.LARGE_JOINT_VOLUME_MAX_ML, ClinicalFigures.LARGE_JOINT_DEFAULT_VOLUME_ML,
        ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG, Double.NaN, ClinicalFigures.LARGE_JOINT_VOLUME_SOURCE);
  }

  /** The preset named {@code key} (knee, shoulder, hip, facet, custom; case-insensitive). */
  public static JointPreset of(String key) {
    return switch (key == null ? "" : key.toLowerCase(Locale.ROOT)) {
      case "knee" -> KNEE;
      case "shoulder" -> SHOULDER;
      case "hip" -> HIP;
      case "facet" -> FACET;
      case "custom" -> CUSTOM;
      default -> throw new IllegalArgumentException("unknown joint (knee, shoulder, hip, facet, custom): " + key);
    };
  }

  public boolean hasCapacity() {
    return !Double.isNaN(capacityMl);
  }
}
