package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.UnsignedLongAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;

/**
 * The plan's capsule and structures to avoid as a DICOM Segmentation (1.2.840.10008.5.1.4.1.1.66.4),
 * BINARY, one frame per segment at the source frame's full size, in the source study, in a new
 * series, derived from the planned frame of the source image. Pixel Measures are written when
 * the plan is calibrated; a Frame of Reference only when the source has one (ultrasound usually
 * has none).
 */
public final class Segmentation {
  public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.66.4";
  static final int SERIES_NUMBER = 9903;
  static final String ALGORITHM_NAME = "InjectPlan";
  private static final Code SEGMENTATION_DERIVATION = new Code("113076", "DCM", "Segmentation");
  private static final Code SOURCE_FOR_PROCESSING = new Code("121322", "DCM",
      "Source image for image processing operation");

  private Segmentation() {
  }

  /**
   * @param plan the plan (already de-identified when {@code deidentified})
   * @param segments the plan's segments, at least one
   * @throws IllegalArgumentException when there is no segment
   */
  static AttributeList build(Plan plan, List<PlanSegment> segments, SegSource source, boolean deidentified,
      Instant created) throws DicomException {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a Segmentation needs at least one segment: the plan has no capsule and"
          + " no structure to avoid");
    }
    AttributeList l = DicomModules.common(source.identity(), deidentified, null, SOP_CLASS_UID, Uids.newUid(), "SEG",
        SERIES_NUMBER, "InjectPlan capsule and structures to avoid", created);
    l.remove(DicomTags.CONVERSION_TYPE);
    DicomModules.put(l, DicomTags.BURNED_IN_ANNOTATION, "NO");
    DicomModules.equipment(l);
    DicomModules.put(l, DicomTags.IMAGE_TYPE, "DERIVED");
    l.get(DicomTags.IMAGE_TYPE).addValue("PRIMARY");
    DicomModules.put(l, DicomTags.PATIENT_ORIENTATION, null);
    DicomModules.put(l, ReportTags.CONTENT_LABEL, "INJECTION_PLAN");
    DicomModules.put(l, ReportTags.CONTENT_DESCRIPTION, "Capsule and structures to avoid of the injection plan");
    DicomModules.put(l, ReportTags.CONTENT_CREATOR_NAME, null);
    DicomModules.put(l, ReportTags.SEGMENTATION_TYPE, "BINARY");
    DicomModules.put(l, DicomTags.LOSSY_IMAGE_COMPRESSION, "00");
    if (source.frameOfReferenceUid().isPresent()) {
      DicomModules.put(l, ReportTags.FRAME_OF_REFERENCE_UID, source.frameOfReferenceUid().get());
      DicomModules.put(l, ReportTags.POSITION_REFERENCE_INDICATOR, null);
    }
    AttributeList[] items = new AttributeList[segments.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = segmentItem(segments.get(i));
    }
    DicomModules.sequence(l, ReportTags.SEGMENT_SEQUENCE, items);
    referencedSeries(l, source);
    functionalGroups(l, plan, segments, source);
    dimensions(l);
    pixels(l, segments, source);
    return l;
  }

  private static AttributeList segmentItem(PlanSegment s) throws DicomException {
    AttributeList item = new AttributeList();
    ushort(item, ReportTags.SEGMENT_NUMBER, s.number());
    DicomModules.put(item, ReportTags.SEGMENT_LABEL, s.label());
    DicomModules.put(item, ReportTags.SEGMENT_DESCRIPTION, s.structure().name().length() > 64 ? null
        : s.number() == 1 && s.kind().type().equals(PlanCodes.JOINT) ? "Planned injection target space"
        : "Structure the needle must avoid");
    DicomModules.put(item, ReportTags.SEGMENT_ALGORITHM_TYPE, s.kind().algorithmType());
    if (!SegmentKind.MANUAL.equals(s.kind().algorithmType())) {
      DicomModules.put(item, ReportTags.SEGMENT_ALGORITHM_NAME, ALGORITHM_NAME);
    }
    DicomModules.sequence(item, ReportTags.SEGMENTED_PROPERTY_CATEGORY_CODE_SEQUENCE, s.kind().category().item());
    DicomModules.sequence(item, ReportTags.SEGMENTED_PROPERTY_TYPE_CODE_SEQUENCE, s.kind().type().item());
    DicomModules.put(item, ReportTags.TRACKING_ID, s.label());
    DicomModules.put(item, ReportTags.TRACKING_UID, s.trackingUid());
    return item;
  }

  /** Common Instance Reference: the source image in its series. */
  private static void referencedSeries(AttributeList l, SegSource source) throws DicomException {
    AttributeList series = new AttributeList();
    DicomModules.put(series, DicomTags.SERIES_INSTANCE_UID, source.identity().seriesInstanceUid());
    DicomModules.sequence(series, ReportTags.REFERENCED_INSTANCE_SEQUENCE, DicomModules.reference(source.identity()));
    DicomModules.sequence(l, ReportTags.REFERENCED_SERIES_SEQUENCE, series);
  }

  private static void functionalGroups(AttributeList l, Plan plan, List<PlanSegment> segments, SegSource source)
      throws DicomException {
    AttributeList shared = new AttributeList();
    if (plan.calibration().isCalibrated()) {
      AttributeList measures = new AttributeList();
      DicomModules.put(measures, DicomTags.PIXEL_SPACING, ds(plan.calibration().mmPerPixelY()));
      measures.get(DicomTags.PIXEL_SPACING).addValue(ds(plan.calibration().mmPerPixelX()));
      if (source.frameOfReferenceUid().isPresent()) {
        // Required with a Frame of Reference; a projection or ultrasound frame has none of its own: nominal 1 mm.
        DicomModules.put(measures, ReportTags.SLICE_THICKNESS, "1");
      }
      DicomModules.sequence(shared, ReportTags.PIXEL_MEASURES_SEQUENCE, measures);
    }
    AttributeList sourceImage = DicomModules.reference(source.identity());
    if (source.referencedFrame(plan.frame()).isPresent()) {
      DicomModules.put(sourceImage, ReportTags.REFERENCED_FRAME_NUMBER,
          Integer.toString(source.referencedFrame(plan.frame()).get()));
    }
    DicomModules.sequence(sourceImage, ReportTags.PURPOSE_OF_REFERENCE_CODE_SEQUENCE, SOURCE_FOR_PROCESSING.item());
    AttributeList derivation = new AttributeList();
    DicomModules.sequence(derivation, ReportTags.DERIVATION_CODE_SEQUENCE, SEGMENTATION_DERIVATION.item());
    DicomModules.sequence(derivation, DicomTags.SOURCE_IMAGE_SEQUENCE, sourceImage);
    DicomModules.sequence(shared, ReportTags.DERIVATION_IMAGE_SEQUENCE, derivation);
    DicomModules.sequence(l, ReportTags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, shared);
    AttributeList[] frames = new AttributeList[segments.size()];
    for (int i = 0; i < frames.length; i++) {
      AttributeList frame = new AttributeList();
      AttributeList content = new AttributeList();
      UnsignedLongAttribute index = new UnsignedLongAttribute(ReportTags.DIMENSION_INDEX_VALUES);
      index.addValue(segments.get(i).number());
      content.put(index);
      DicomModules.sequence(frame, ReportTags.FRAME_CONTENT_SEQUENCE, content);
      AttributeList id = new AttributeList();
      ushort(id, ReportTags.REFERENCED_SEGMENT_NUMBER, segments.get(i).number());
      DicomModules.sequence(frame, ReportTags.SEGMENT_IDENTIFICATION_SEQUENCE, id);
      frames[i] = frame;
    }
    DicomModules.sequence(l, ReportTags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, frames);
  }

  /** One dimension: the segment number. */
  private static void dimensions(AttributeList l) throws DicomException {
    String uid = Uids.newUid();
    AttributeList org = new AttributeList();
    DicomModules.put(org, ReportTags.DIMENSION_ORGANIZATION_UID, uid);
    DicomModules.sequence(l, ReportTags.DIMENSION_ORGANIZATION_SEQUENCE, org);
    AttributeList index = new AttributeList();
    tagValue(index, ReportTags.DIMENSION_INDEX_POINTER, ReportTags.REFERENCED_SEGMENT_NUMBER);
    tagValue(index, ReportTags.FUNCTIONAL_GROUP_POINTER, ReportTags.SEGMENT_IDENTIFICATION_SEQUENCE);
    DicomModules.put(index, ReportTags.DIMENSION_ORGANIZATION_UID, uid);
    DicomModules.put(index, ReportTags.DIMENSION_DESCRIPTION_LABEL, "Segment Number");
    DicomModules.sequence(l, ReportTags.DIMENSION_INDEX_SEQUENCE, index);
  }

  /** One bit per pixel, frames one after the other, least significant bit first (PS3.5 8.1.1). */
  private static void pixels(AttributeList l, List<PlanSegment> segments, SegSource source) throws DicomException {
    int w = source.columns();
    int h = source.rows();
    long bits = (long) w * h * segments.size();
    if (bits > Integer.MAX_VALUE - 16L) {
      throw new IllegalArgumentException("the segmentation would be too large: " + segments.size() + " frames of "
          + w + " x " + h);
    }
    byte[] packed = new byte[(int) ((bits + 15) / 16 * 2)];
    long bit = 0;
    for (PlanSegment s : segments) {
      boolean[] mask = StructureMask.of(s.structure(), w, h);
      for (boolean in : mask) {
        if (in) {
          packed[(int) (bit >> 3)] |= (byte) (1 << (bit & 7));
        }
        bit++;
      }
    }
    DicomModules.put(l, DicomTags.NUMBER_OF_FRAMES, Integer.toString(segments.size()));
    ushort(l, DicomTags.SAMPLES_PER_PIXEL, 1);
    DicomModules.put(l, DicomTags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2");
    ushort(l, DicomTags.ROWS, h);
    ushort(l, DicomTags.COLUMNS, w);
    ushort(l, DicomTags.BITS_ALLOCATED, 1);
    ushort(l, DicomTags.BITS_STORED, 1);
    ushort(l, DicomTags.HIGH_BIT, 0);
    ushort(l, DicomTags.PIXEL_REPRESENTATION, 0);
    OtherByteAttribute px = new OtherByteAttribute(DicomTags.PIXEL_DATA);
    px.setValues(packed);
    l.put(px);
  }

  private static String ds(double v) {
    String s = String.format(Locale.ROOT, "%.10g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.length() <= 16 ? s : String.format(Locale.ROOT, "%.8f", v);
  }

  private static void ushort(AttributeList l, AttributeTag tag, int v) throws DicomException {
    UnsignedShortAttribute a = new UnsignedShortAttribute(tag);
    a.addValue(v);
    l.put(a);
  }

  private static void tagValue(AttributeList l, AttributeTag tag, AttributeTag value) throws DicomException {
    AttributeTagAttribute a = new AttributeTagAttribute(tag);
    a.addValue(value);
    l.put(a);
  }

  /** The Part 10 file bytes. */
  public static byte[] file(AttributeList l) throws java.io.IOException {
    return DicomModules.part10(l);
  }
}
