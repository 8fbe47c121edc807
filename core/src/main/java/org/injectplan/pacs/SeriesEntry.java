package org.injectplan.pacs;

import java.util.OptionalInt;

/**
 * One series of a study, with what retrieving it brings.
 *
 * @param instanceCount the instances the PACS listed in the series
 * @param frameCount the frames of those instances: Number of Frames (0028,0008) of each, 1 for a
 *     single-frame image, 0 for an instance without pixels (a report, for instance)
 */
public record SeriesEntry(String seriesInstanceUid, String modality, OptionalInt seriesNumber, String description,
    int instanceCount, int frameCount) {
  public SeriesEntry {
    Uids.require(seriesInstanceUid, "Series Instance UID");
    if (modality == null || description == null) {
      throw new IllegalArgumentException("absent series values are empty strings, not null");
    }
    if (instanceCount < 0 || frameCount < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + instanceCount + ", " + frameCount);
    }
  }
}
