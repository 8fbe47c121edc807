package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FloatSingleAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.util.Locale;
import java.util.Optional;
import org.injectplan.dicom.DicomTags;
import org.injectplan.scan.ScanIdentity;

/**
 * SR content items (PS3.3 C.17.3): each is an item of a parent's Content Sequence, with its
 * relationship to the parent, its value type, its concept name and its value.
 */
final class SrItems {
  static final String CONTAINS = "CONTAINS";
  static final String HAS_OBS_CONTEXT = "HAS OBS CONTEXT";
  static final String HAS_CONCEPT_MOD = "HAS CONCEPT MOD";
  static final String INFERRED_FROM = "INFERRED FROM";
  static final String SELECTED_FROM = "SELECTED FROM";

  private SrItems() {
  }

  /** A content item of {@code valueType}, named by {@code name} (none when null). */
  static AttributeList item(String relationship, String valueType, Code name) throws DicomException {
    AttributeList l = new AttributeList();
    if (relationship != null) {
      DicomModules.put(l, ReportTags.RELATIONSHIP_TYPE, relationship);
    }
    DicomModules.put(l, ReportTags.VALUE_TYPE, valueType);
    if (name != null) {
      DicomModules.sequence(l, DicomTags.CONCEPT_NAME_CODE_SEQUENCE, name.item());
    }
    return l;
  }

  static AttributeList container(String relationship, Code name) throws DicomException {
    AttributeList l = item(relationship, "CONTAINER", name);
    DicomModules.put(l, ReportTags.CONTINUITY_OF_CONTENT, "SEPARATE");
    return l;
  }

  static AttributeList text(String relationship, Code name, String value) throws DicomException {
    AttributeList l = item(relationship, "TEXT", name);
    DicomModules.put(l, ReportTags.TEXT_VALUE, value);
    return l;
  }

  static AttributeList code(String relationship, Code name, Code value) throws DicomException {
    AttributeList l = item(relationship, "CODE", name);
    DicomModules.sequence(l, ReportTags.CONCEPT_CODE_SEQUENCE, value.item());
    return l;
  }

  static AttributeList uidref(String relationship, Code name, String uid) throws DicomException {
    AttributeList l = item(relationship, "UIDREF", name);
    DicomModules.put(l, ReportTags.UID_VALUE, uid);
    return l;
  }

  /** A NUM with its value and unit, or, without a value, the reason as a CID 42 qualifier. */
  static AttributeList num(String relationship, Code name, Optional<Double> value, Code unit, Code whyNone)
      throws DicomException {
    AttributeList l = item(relationship, "NUM", name);
    if (value.isPresent()) {
      AttributeList mv = new AttributeList();
      DicomModules.sequence(mv, ReportTags.MEASUREMENT_UNITS_CODE_SEQUENCE, unit.item());
      DicomModules.put(mv, ReportTags.NUMERIC_VALUE, decimal(value.get()));
      DicomModules.sequence(l, ReportTags.MEASURED_VALUE_SEQUENCE, mv);
    } else {
      DicomModules.sequence(l, ReportTags.MEASURED_VALUE_SEQUENCE);
      DicomModules.sequence(l, ReportTags.NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE, whyNone.item());
    }
    return l;
  }

  /** A POINT in image coordinates (column, row; the top-left pixel's centre is 0.5, 0.5), selected from the image. */
  static AttributeList point(String relationship, Code name, double xPx, double yPx, AttributeList imageRef)
      throws DicomException {
    AttributeList l = item(relationship, "SCOORD", name);
    DicomModules.put(l, ReportTags.GRAPHIC_TYPE, "POINT");
    FloatSingleAttribute g = new FloatSingleAttribute(ReportTags.GRAPHIC_DATA);
    g.addValue((float) xPx);
    g.addValue((float) yPx);
    l.put(g);
    AttributeList image = item(SELECTED_FROM, "IMAGE", null);
    DicomModules.sequence(image, ReportTags.REFERENCED_SOP_SEQUENCE, imageRef);
    children(l, image);
    return l;
  }

  /** An IMAGE item referencing {@code imageRef} (a Referenced SOP Sequence item). */
  static AttributeList image(String relationship, Code name, AttributeList imageRef) throws DicomException {
    AttributeList l = item(relationship, "IMAGE", name);
    DicomModules.sequence(l, ReportTags.REFERENCED_SOP_SEQUENCE, imageRef);
    return l;
  }

  /** A Referenced SOP item: the instance, its frame (from 1) when given, and a segment when given. */
  static AttributeList reference(ScanIdentity id, Optional<Integer> frame, Optional<Integer> segment)
      throws DicomException {
    return reference(id.sopClassUid(), id.sopInstanceUid(), frame, segment);
  }

  static AttributeList reference(String sopClass, String sopInstance, Optional<Integer> frame,
      Optional<Integer> segment) throws DicomException {
    AttributeList l = new AttributeList();
    DicomModules.put(l, DicomTags.REFERENCED_SOP_CLASS_UID, sopClass);
    DicomModules.put(l, DicomTags.REFERENCED_SOP_INSTANCE_UID, sopInstance);
    if (frame.isPresent()) {
      DicomModules.put(l, ReportTags.REFERENCED_FRAME_NUMBER, Integer.toString(frame.get()));
    }
    if (segment.isPresent()) {
      UnsignedShortAttribute s = new UnsignedShortAttribute(ReportTags.REFERENCED_SEGMENT_NUMBER);
      s.addValue(segment.get());
      l.put(s);
    }
    return l;
  }

  /** Appends {@code kids} to the Content Sequence of {@code parent}. */
  static void children(AttributeList parent, AttributeList... kids) {
    SequenceAttribute s = (SequenceAttribute) parent.get(ReportTags.CONTENT_SEQUENCE);
    if (s == null) {
      s = new SequenceAttribute(ReportTags.CONTENT_SEQUENCE);
      parent.put(s);
    }
    for (AttributeList k : kids) {
      s.addItem(k);
    }
  }

  /** A decimal string of at most 16 characters. */
  static String decimal(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.length() <= 16 ? s : String.format(Locale.ROOT, "%.6e", v);
  }
}
