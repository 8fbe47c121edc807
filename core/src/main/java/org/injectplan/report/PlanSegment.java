package org.injectplan.report;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;

/**
 * One segment of the plan's Segmentation: the capsule is segment 1 when the plan has one, then
 * each structure to avoid in the plan's order. The tracking UID ties the segment to its
 * measurement group in the Measurement Report.
 *
 * @param number the Segment Number, from 1
 * @param structure the plan's outline
 * @param kind its codes and algorithm type
 * @param trackingUid the Tracking UID shared by the SEG and the SR
 */
record PlanSegment(int number, Structure structure, SegmentKind kind, String trackingUid) {
  PlanSegment {
    if (number < 1 || structure == null || kind == null || trackingUid == null || trackingUid.isBlank()) {
      throw new IllegalArgumentException("a segment needs a number from 1, a structure, a kind and a tracking UID");
    }
  }

  /** The segment's label: the structure's name, cut to the 64 characters of a LO. */
  String label() {
    String n = structure.name();
    return n.length() <= 64 ? n : n.substring(0, 64);
  }

  /** The segments of a plan: capsule first, then the structures to avoid; empty when it has neither. */
  static List<PlanSegment> of(Plan plan) {
    List<PlanSegment> out = new ArrayList<>();
    if (plan.capsule() != null) {
      out.add(new PlanSegment(1, plan.capsule(), SegmentKind.capsule(), Uids.newUid()));
    }
    for (Structure s : plan.avoidStructures()) {
      out.add(new PlanSegment(out.size() + 1, s, SegmentKind.avoid(s.name()), Uids.newUid()));
    }
    return out;
  }
}
