package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;

/**
 * The plan as standard DICOM objects: its Segmentation (when it has a capsule or a structure to
 * avoid) and its Measurement Report, which references the Segmentation's segments by the same
 * tracking UIDs.
 *
 * @param segmentation the Segmentation's Part 10 bytes, or null when the plan has no outline
 * @param measurementReport the Measurement Report's Part 10 bytes
 */
record PlanDicom(byte[] segmentation, byte[] measurementReport) {

  static PlanDicom make(Plan plan, SegSource source, boolean deidentified, Instant created)
      throws DicomException, IOException {
    List<PlanSegment> segments = PlanSegment.of(plan);
    byte[] seg = null;
    MeasurementReport.SegReference ref;
    if (segments.isEmpty()) {
      ref = new MeasurementReport.SegReference(Uids.newUid(), Uids.newUid(), List.of());
    } else {
      AttributeList l = Segmentation.build(plan, segments, source, deidentified, created);
      ref = new MeasurementReport.SegReference(text(l, DicomTags.SERIES_INSTANCE_UID),
          text(l, DicomTags.SOP_INSTANCE_UID), segments);
      seg = Segmentation.file(l);
    }
    AttributeList sr = MeasurementReport.build(plan, PlanMeasurements.of(plan), source, ref, deidentified, created);
    return new PlanDicom(seg, MeasurementReport.file(sr));
  }

  private static String text(AttributeList l, com.pixelmed.dicom.AttributeTag tag) {
    return l.get(tag).getSingleStringValueOrEmptyString();
  }
}
