package org.injectplan.pacs;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.injectplan.dicom.DicomTags;

/**
 * The identifiers of our C-FIND and C-GET requests (Study Root, PS3.4 C.6.2), and the reading of
 * the answers into {@link StudyEntry} and {@link SeriesEntry}. A return key is an empty
 * attribute; a matching key carries its value.
 */
final class DimseIdentifiers {
  static final String STUDY = "STUDY";
  static final String SERIES = "SERIES";
  static final String IMAGE = "IMAGE";

  private DimseIdentifiers() {
  }

  static AttributeList studies(StudyQuery q) throws DicomException {
    AttributeList l = level(STUDY);
    put(l, DicomTags.PATIENT_NAME, q.patientName());
    put(l, DicomTags.PATIENT_ID, q.patientId());
    put(l, DicomTags.STUDY_DATE, q.dateRange());
    put(l, QueryTags.MODALITIES_IN_STUDY, q.modality());
    for (AttributeTag t : List.of(DicomTags.STUDY_INSTANCE_UID, DicomTags.STUDY_DESCRIPTION,
        QueryTags.NUMBER_OF_STUDY_RELATED_SERIES, QueryTags.NUMBER_OF_STUDY_RELATED_INSTANCES)) {
      put(l, t, Optional.empty());
    }
    return l;
  }

  static AttributeList series(String study) throws DicomException {
    AttributeList l = level(SERIES);
    put(l, DicomTags.STUDY_INSTANCE_UID, Optional.of(study));
    for (AttributeTag t : List.of(DicomTags.SERIES_INSTANCE_UID, DicomTags.MODALITY, DicomTags.SERIES_NUMBER,
        DicomTags.SERIES_DESCRIPTION, QueryTags.NUMBER_OF_SERIES_RELATED_INSTANCES)) {
      put(l, t, Optional.empty());
    }
    return l;
  }

  /** The instances of a study (or of one series of it), with their SOP class and frames. */
  static AttributeList instances(RetrieveRequest r) throws DicomException {
    AttributeList l = level(IMAGE);
    put(l, DicomTags.STUDY_INSTANCE_UID, Optional.of(r.studyInstanceUid()));
    put(l, DicomTags.SERIES_INSTANCE_UID, r.seriesInstanceUid());
    put(l, DicomTags.SOP_INSTANCE_UID, r.sopInstanceUid());
    for (AttributeTag t : List.of(DicomTags.SOP_CLASS_UID, DicomTags.NUMBER_OF_FRAMES, QueryTags.ROWS)) {
      put(l, t, Optional.empty());
    }
    return l;
  }

  /** The C-GET identifier: the level of the request and the UIDs down to it. */
  static AttributeList retrieve(RetrieveRequest r) throws DicomException {
    AttributeList l = level(r.sopInstanceUid().isPresent() ? IMAGE : r.seriesInstanceUid().isPresent() ? SERIES
        : STUDY);
    put(l, DicomTags.STUDY_INSTANCE_UID, Optional.of(r.studyInstanceUid()));
    if (r.seriesInstanceUid().isPresent()) {
      put(l, DicomTags.SERIES_INSTANCE_UID, r.seriesInstanceUid());
    }
    if (r.sopInstanceUid().isPresent()) {
      put(l, DicomTags.SOP_INSTANCE_UID, r.sopInstanceUid());
    }
    return l;
  }

  private static AttributeList level(String level) throws DicomException {
    AttributeList l = new AttributeList();
    put(l, QueryTags.QUERY_RETRIEVE_LEVEL, Optional.of(level));
    return l;
  }

  private static void put(AttributeList l, AttributeTag tag, Optional<String> value) throws DicomException {
    Attribute a = AttributeFactory.newAttribute(tag);
    if (value.isPresent()) {
      a.addValue(value.get());
    }
    l.put(a);
  }

  static StudyEntry study(AttributeList a) {
    return new StudyEntry(text(a, DicomTags.STUDY_INSTANCE_UID), text(a, DicomTags.PATIENT_NAME),
        text(a, DicomTags.PATIENT_ID), text(a, DicomTags.STUDY_DATE), texts(a, QueryTags.MODALITIES_IN_STUDY),
        text(a, DicomTags.STUDY_DESCRIPTION), count(a, QueryTags.NUMBER_OF_STUDY_RELATED_SERIES),
        count(a, QueryTags.NUMBER_OF_STUDY_RELATED_INSTANCES));
  }

  /** A series answer, with the instances and frames counted from the image-level answers. */
  static SeriesEntry series(AttributeList a, List<AttributeList> instances) {
    String uid = text(a, DicomTags.SERIES_INSTANCE_UID);
    int count = 0;
    int frames = 0;
    for (AttributeList i : instances) {
      if (uid.equals(text(i, DicomTags.SERIES_INSTANCE_UID))) {
        count++;
        frames += frames(count(i, DicomTags.NUMBER_OF_FRAMES), count(i, QueryTags.ROWS).isPresent());
      }
    }
    return new SeriesEntry(uid, text(a, DicomTags.MODALITY), count(a, DicomTags.SERIES_NUMBER),
        text(a, DicomTags.SERIES_DESCRIPTION), count, frames);
  }

  /** The frames of one instance: Number of Frames, else 1 for an image (it has Rows), else 0. */
  static int frames(OptionalInt numberOfFrames, boolean hasRows) {
    return numberOfFrames.orElse(hasRows ? 1 : 0);
  }

  static String text(AttributeList a, AttributeTag tag) {
    return Attribute.getSingleStringValueOrEmptyString(a, tag).strip();
  }

  static List<String> texts(AttributeList a, AttributeTag tag) {
    String[] v = Attribute.getStringValues(a, tag);
    return v == null ? List.of() : new ArrayList<>(Arrays.stream(v).map(String::strip).filter(s -> !s.isEmpty())
        .toList());
  }

  static OptionalInt count(AttributeList a, AttributeTag tag) {
    String s = text(a, tag);
    try {
      return s.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
