package org.injectplan.pacs;

import com.fasterxml.jackson.databind.JsonNode;
import com.pixelmed.dicom.AttributeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.injectplan.dicom.DicomTags;

/**
 * Reading QIDO-RS answers, DICOM JSON (PS3.18 F.2): {@code {"0020000D": {"vr": "UI", "Value":
 * [...]}}}; a person name's value is {@code {"Alphabetic": "..."}}. What is absent is empty.
 */
final class DicomJson {
  private DicomJson() {
  }

  static String text(JsonNode item, AttributeTag tag) {
    JsonNode v = item.path(QueryTags.json(tag)).path("Value").path(0);
    if (v.isObject()) {
      return v.path("Alphabetic").asText("").strip();
    }
    return v.isMissingNode() || v.isNull() ? "" : v.asText("").strip();
  }

  static List<String> texts(JsonNode item, AttributeTag tag) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : item.path(QueryTags.json(tag)).path("Value")) {
      if (!v.asText("").isBlank()) {
        out.add(v.asText().strip());
      }
    }
    return out;
  }

  static OptionalInt count(JsonNode item, AttributeTag tag) {
    JsonNode v = item.path(QueryTags.json(tag)).path("Value").path(0);
    if (v.isInt()) {
      return OptionalInt.of(v.asInt());
    }
    try {
      return v.isTextual() ? OptionalInt.of(Integer.parseInt(v.asText().strip())) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  static StudyEntry study(JsonNode s) {
    return new StudyEntry(text(s, DicomTags.STUDY_INSTANCE_UID), text(s, DicomTags.PATIENT_NAME),
        text(s, DicomTags.PATIENT_ID), text(s, DicomTags.STUDY_DATE), texts(s, QueryTags.MODALITIES_IN_STUDY),
        text(s, DicomTags.STUDY_DESCRIPTION), count(s, QueryTags.NUMBER_OF_STUDY_RELATED_SERIES),
        count(s, QueryTags.NUMBER_OF_STUDY_RELATED_INSTANCES));
  }

  /** A series answer, with instances and frames counted from the instance-level answers. */
  static SeriesEntry series(JsonNode s, JsonNode instances) {
    String uid = text(s, DicomTags.SERIES_INSTANCE_UID);
    int count = 0;
    int frames = 0;
    for (JsonNode i : instances) {
      if (uid.equals(text(i, DicomTags.SERIES_INSTANCE_UID))) {
        count++;
        frames += DimseIdentifiers.frames(count(i, DicomTags.NUMBER_OF_FRAMES), count(i, QueryTags.ROWS)
            .isPresent());
      }
    }
    return new SeriesEntry(uid, text(s, DicomTags.MODALITY), count(s, DicomTags.SERIES_NUMBER),
        text(s, DicomTags.SERIES_DESCRIPTION), count, frames);
  }
}
