package org.injectplan.pacs;

import java.util.List;
import java.util.OptionalInt;

/**
 * One study as a PACS answers a search; what the PACS did not say is empty.
 *
 * @param studyDate {@code YYYYMMDD}, or empty when the PACS gave none
 * @param seriesCount Number of Study Related Series (0020,1206)
 * @param instanceCount Number of Study Related Instances (0020,1208)
 */
public record StudyEntry(String studyInstanceUid, String patientName, String patientId, String studyDate,
    List<String> modalities, String description, OptionalInt seriesCount, OptionalInt instanceCount) {
  public StudyEntry {
    Uids.require(studyInstanceUid, "Study Instance UID");
    modalities = List.copyOf(modalities);
    if (patientName == null || patientId == null || studyDate == null || description == null) {
      throw new IllegalArgumentException("absent study values are empty strings, not null");
    }
  }
}
