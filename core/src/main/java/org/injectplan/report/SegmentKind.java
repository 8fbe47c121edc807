package org.injectplan.report;

import java.util.Locale;
import org.injectplan.segment.structures.StructureFinder;

/**
 * What one segment of the Segmentation is, in codes: its property category (CID 7150) and type
 * (CID 7151), read from the structure's name, and how it was made (Segment Algorithm Type).
 *
 * @param category the Segmented Property Category
 * @param type the Segmented Property Type
 * @param algorithmType AUTOMATIC (found in the image by InjectPlan), SEMIAUTOMATIC (the capsule:
 *     found by InjectPlan, from a click or not, and accepted by the planner; a plan does not record
 *     whether the capsule was drawn instead) or MANUAL (given by the user)
 */
record SegmentKind(Code category, Code type, String algorithmType) {
  static final String AUTOMATIC = "AUTOMATIC";
  static final String SEMIAUTOMATIC = "SEMIAUTOMATIC";
  static final String MANUAL = "MANUAL";

  SegmentKind {
    if (category == null || type == null
        || !(AUTOMATIC.equals(algorithmType) || SEMIAUTOMATIC.equals(algorithmType) || MANUAL.equals(algorithmType))) {
      throw new IllegalArgumentException("a segment needs a category, a type and an algorithm type: "
          + algorithmType);
    }
  }

  /** The capsule (or the joint space on fluoroscopy): a joint. */
  static SegmentKind capsule() {
    return new SegmentKind(PlanCodes.ANATOMICAL_STRUCTURE, PlanCodes.JOINT, SEMIAUTOMATIC);
  }

  /** A structure to avoid, by its name: artery, vein, vessel, nerve, bone, or any anatomical structure. */
  static SegmentKind avoid(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String algorithm = n.contains(StructureFinder.FOUND_MARK) ? AUTOMATIC : MANUAL;
    if (n.contains("bone")) {
      return new SegmentKind(PlanCodes.TISSUE, PlanCodes.BONE, algorithm);
    }
    Code type = n.contains("arter") ? PlanCodes.ARTERY
        : n.contains("vein") || n.contains("venous") ? PlanCodes.VEIN
        : n.contains("vessel") ? PlanCodes.BLOOD_VESSEL
        : n.contains("nerve") ? PlanCodes.NERVE
        : PlanCodes.ANATOMICAL_STRUCTURE;
    return new SegmentKind(PlanCodes.ANATOMICAL_STRUCTURE, type, algorithm);
  }
}
