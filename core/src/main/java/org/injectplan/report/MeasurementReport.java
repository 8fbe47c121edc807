package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;

/**
 * The plan's figures as a TID 1500 Measurement Report in a Comprehensive SR
 * (1.2.840.10008.5.1.4.1.1.88.33), in the source study, in a new series: the device observer is
 * InjectPlan with its version; one measurement group (TID 1501) holds the plan's depth, angle,
 * path length, clearance, volume and bolus fraction, the geometric ones inferred from the target
 * and entry as image points on the planned frame; one group per segment (TID 1410) references
 * the segment in the Segmentation and the source frame, with the outline's area.
 */
public final class MeasurementReport {
  public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.88.33";
  static final int SERIES_NUMBER = 9904;
  /** Device Observer UID of InjectPlan (a fixed UUID-derived UID: the same software, the same observer). */
  static final String DEVICE_OBSERVER_UID = "2.25.27844185840391342959831969047396669118";

  private MeasurementReport() {
  }

  /** The Segmentation the report refers to: its UIDs and its segments. */
  record SegReference(String seriesInstanceUid, String sopInstanceUid, List<PlanSegment> segments) {
  }

  static AttributeList build(Plan plan, PlanMeasurements figures, SegSource source, SegReference seg,
      boolean deidentified, Instant created) throws DicomException {
    AttributeList l = DicomModules.common(source.identity(), deidentified, null, SOP_CLASS_UID, Uids.newUid(), "SR",
        SERIES_NUMBER, "InjectPlan measurement report", created);
    l.remove(DicomTags.CONVERSION_TYPE);
    l.remove(DicomTags.BURNED_IN_ANNOTATION);
    DicomModules.equipment(l);
    DicomModules.sequence(l, ReportTags.REFERENCED_PERFORMED_PROCEDURE_STEP_SEQUENCE);
    DicomModules.put(l, ReportTags.COMPLETION_FLAG, "COMPLETE");
    DicomModules.put(l, ReportTags.VERIFICATION_FLAG, "UNVERIFIED");
    DicomModules.sequence(l, ReportTags.PERFORMED_PROCEDURE_CODE_SEQUENCE);
    evidence(l, ReportTags.CURRENT_REQUESTED_PROCEDURE_EVIDENCE_SEQUENCE, source.identity().studyInstanceUid(),
        source.identity().seriesInstanceUid(), DicomModules.reference(source.identity()));
    if (!seg.segments().isEmpty()) {
      AttributeList segRef = new AttributeList();
      DicomModules.put(segRef, DicomTags.REFERENCED_SOP_CLASS_UID, Segmentation.SOP_CLASS_UID);
      DicomModules.put(segRef, DicomTags.REFERENCED_SOP_INSTANCE_UID, seg.sopInstanceUid());
      evidence(l, ReportTags.PERTINENT_OTHER_EVIDENCE_SEQUENCE, source.identity().studyInstanceUid(),
          seg.seriesInstanceUid(), segRef);
    }
    DicomModules.sequence(l, ReportTags.CODING_SCHEME_IDENTIFICATION_SEQUENCE, PlanCodes.schemeIdentification());
    root(l, plan, figures, source, seg);
    return l;
  }

  private static void evidence(AttributeList l, com.pixelmed.dicom.AttributeTag tag, String study, String series,
      AttributeList instance) throws DicomException {
    AttributeList s = new AttributeList();
    DicomModules.put(s, DicomTags.SERIES_INSTANCE_UID, series);
    DicomModules.sequence(s, ReportTags.REFERENCED_SOP_SEQUENCE, instance);
    AttributeList st = new AttributeList();
    DicomModules.put(st, DicomTags.STUDY_INSTANCE_UID, study);
    DicomModules.sequence(st, ReportTags.REFERENCED_SERIES_SEQUENCE, s);
    DicomModules.sequence(l, tag, st);
  }

  /** The document's root container and its content (TID 1500). */
  private static void root(AttributeList l, Plan plan, PlanMeasurements figures, SegSource source,
      SegReference seg) throws DicomException {
    DicomModules.put(l, ReportTags.VALUE_TYPE, "CONTAINER");
    DicomModules.sequence(l, DicomTags.CONCEPT_NAME_CODE_SEQUENCE, PlanCodes.IMAGING_MEASUREMENT_REPORT.item());
    DicomModules.put(l, ReportTags.CONTINUITY_OF_CONTENT, "SEPARATE");
    AttributeList template = new AttributeList();
    DicomModules.put(template, ReportTags.MAPPING_RESOURCE, "DCMR");
    DicomModules.put(template, ReportTags.TEMPLATE_IDENTIFIER, "1500");
    DicomModules.sequence(l, ReportTags.CONTENT_TEMPLATE_SEQUENCE, template);
    SrItems.children(l,
        SrItems.code(SrItems.HAS_CONCEPT_MOD, PlanCodes.LANGUAGE_OF_CONTENT, PlanCodes.ENGLISH),
        SrItems.code(SrItems.HAS_OBS_CONTEXT, PlanCodes.OBSERVER_TYPE, PlanCodes.DEVICE),
        SrItems.uidref(SrItems.HAS_OBS_CONTEXT, PlanCodes.DEVICE_OBSERVER_UID, DEVICE_OBSERVER_UID),
        SrItems.text(SrItems.HAS_OBS_CONTEXT, PlanCodes.DEVICE_OBSERVER_NAME, "InjectPlan"),
        SrItems.text(SrItems.HAS_OBS_CONTEXT, PlanCodes.DEVICE_OBSERVER_MANUFACTURER, "InjectPlan"),
        SrItems.text(SrItems.HAS_OBS_CONTEXT, PlanCodes.DEVICE_OBSERVER_MODEL_NAME, SoftwareVersion.text()),
        SrItems.code(SrItems.HAS_CONCEPT_MOD, PlanCodes.PROCEDURE_REPORTED, PlanCodes.INJECTION_PLAN));
    AttributeList library = SrItems.container(SrItems.CONTAINS, PlanCodes.IMAGE_LIBRARY);
    AttributeList group = SrItems.container(SrItems.CONTAINS, PlanCodes.IMAGE_LIBRARY_GROUP);
    SrItems.children(group, SrItems.image(SrItems.CONTAINS, null, sourceFrame(plan, source)));
    SrItems.children(library, group);
    AttributeList measurements = SrItems.container(SrItems.CONTAINS, PlanCodes.IMAGING_MEASUREMENTS);
    SrItems.children(measurements, planGroup(plan, figures, source, seg));
    for (PlanSegment s : seg.segments()) {
      SrItems.children(measurements, segmentGroup(plan, s, source, seg));
    }
    SrItems.children(l, library, measurements);
  }

  private static AttributeList sourceFrame(Plan plan, SegSource source) throws DicomException {
    return SrItems.reference(source.identity(), source.referencedFrame(plan.frame()), Optional.empty());
  }

  /** TID 1501: the plan's own figures. */
  private static AttributeList planGroup(Plan plan, PlanMeasurements f, SegSource source, SegReference seg)
      throws DicomException {
    AttributeList g = SrItems.container(SrItems.CONTAINS, PlanCodes.MEASUREMENT_GROUP);
    SrItems.children(g,
        SrItems.text(SrItems.HAS_OBS_CONTEXT, PlanCodes.TRACKING_IDENTIFIER, "injection plan"),
        SrItems.uidref(SrItems.HAS_OBS_CONTEXT, PlanCodes.TRACKING_UNIQUE_IDENTIFIER, Uids.newUid()));
    AttributeList depth = SrItems.num(SrItems.CONTAINS, PlanCodes.DEPTH, f.depthMm(), PlanCodes.MM, f.whyNoDepth());
    AttributeList angle = SrItems.num(SrItems.CONTAINS, PlanCodes.ANGLE, Optional.of(f.angleDeg()), PlanCodes.DEG,
        null);
    AttributeList path = SrItems.num(SrItems.CONTAINS, PlanCodes.PATH_LENGTH, f.pathLengthMm(), PlanCodes.MM,
        f.whyNoDepth());
    for (AttributeList n : List.of(depth, angle, path)) {
      SrItems.children(n, points(plan, source));
    }
    AttributeList clearance = SrItems.num(SrItems.CONTAINS, PlanCodes.MIN_CLEARANCE, f.minClearanceMm(),
        PlanCodes.MM, f.whyNoClearance());
    segmentNamed(seg, plan.avoid(), false).ifPresent(s -> inferredFromSegment(clearance, seg, s));
    AttributeList volume = SrItems.num(SrItems.CONTAINS, PlanCodes.INJECTATE_VOLUME, Optional.of(f.volumeMl()),
        PlanCodes.ML, null);
    AttributeList fraction = SrItems.num(SrItems.CONTAINS, PlanCodes.BOLUS_FRACTION_IN_CAPSULE,
        f.bolusInCapsulePercent(), PlanCodes.PERCENT, f.whyNoFraction());
    segmentNamed(seg, null, true).ifPresent(s -> inferredFromSegment(fraction, seg, s));
    SrItems.children(g, depth, angle, path, clearance, volume, fraction);
    return g;
  }

  private static AttributeList[] points(Plan plan, SegSource source) throws DicomException {
    PixelPoint t = plan.target();
    PixelPoint e = plan.entry();
    return new AttributeList[] {
        SrItems.point(SrItems.INFERRED_FROM, PlanCodes.NEEDLE_TARGET, t.xPx(), t.yPx(), sourceFrame(plan, source)),
        SrItems.point(SrItems.INFERRED_FROM, PlanCodes.NEEDLE_ENTRY, e.xPx(), e.yPx(), sourceFrame(plan, source))};
  }

  /** The capsule's segment, or the first structure to avoid of that name. */
  private static Optional<PlanSegment> segmentNamed(SegReference seg, String name, boolean capsule) {
    return seg.segments().stream()
        .filter(s -> capsule ? s.kind().type().equals(PlanCodes.JOINT) && s.number() == 1
            : name != null && !(s.number() == 1 && s.kind().type().equals(PlanCodes.JOINT))
                && s.structure().name().equals(name))
        .findFirst();
  }

  private static void inferredFromSegment(AttributeList num, SegReference seg, PlanSegment s) {
    try {
      SrItems.children(num, SrItems.image(SrItems.INFERRED_FROM, PlanCodes.REFERENCED_SEGMENT,
          SrItems.reference(Segmentation.SOP_CLASS_UID, seg.sopInstanceUid(), Optional.empty(),
              Optional.of(s.number()))));
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused an SR reference", e);
    }
  }

  /** The segment's frame of the Segmentation: frame n holds segment n. */
  private static AttributeList segFrame(SegReference seg, PlanSegment s) throws DicomException {
    return SrItems.reference(Segmentation.SOP_CLASS_UID, seg.sopInstanceUid(), Optional.of(s.number()),
        Optional.empty());
  }

  /** TID 1410: one segment, with the area of its outline. */
  private static AttributeList segmentGroup(Plan plan, PlanSegment s, SegSource source, SegReference seg)
      throws DicomException {
    AttributeList g = SrItems.container(SrItems.CONTAINS, PlanCodes.MEASUREMENT_GROUP);
    Optional<Double> areaMm2 = plan.calibration().isCalibrated()
        ? Optional.of(areaPx(s.structure()) * plan.calibration().mmPerPixelX() * plan.calibration().mmPerPixelY())
        : Optional.empty();
    SrItems.children(g,
        SrItems.text(SrItems.HAS_OBS_CONTEXT, PlanCodes.TRACKING_IDENTIFIER, s.label()),
        SrItems.uidref(SrItems.HAS_OBS_CONTEXT, PlanCodes.TRACKING_UNIQUE_IDENTIFIER, s.trackingUid()),
        SrItems.image(SrItems.CONTAINS, PlanCodes.REFERENCED_SEGMENTATION_FRAME, segFrame(seg, s)),
        SrItems.image(SrItems.CONTAINS, PlanCodes.SOURCE_IMAGE_FOR_SEGMENTATION, sourceFrame(plan, source)),
        SrItems.num(SrItems.CONTAINS, PlanCodes.AREA, areaMm2, PlanCodes.MM2, PlanCodes.MEASUREMENT_NOT_ATTEMPTED));
    return g;
  }

  /** The area enclosed by the outline (shoelace), in square pixels. */
  static double areaPx(Structure s) {
    List<PixelPoint> p = s.contourPx();
    double twice = 0;
    for (int i = 0; i < p.size(); i++) {
      PixelPoint a = p.get(i);
      PixelPoint b = p.get((i + 1) % p.size());
      twice += a.xPx() * b.yPx() - b.xPx() * a.yPx();
    }
    return Math.abs(twice) / 2;
  }

  /** The Part 10 file bytes. */
  public static byte[] file(AttributeList l) throws java.io.IOException {
    return DicomModules.part10(l);
  }
}
