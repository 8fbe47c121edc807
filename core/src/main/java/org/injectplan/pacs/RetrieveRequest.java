package org.injectplan.pacs;

import java.util.Optional;

/** What to retrieve: a whole study, one series of it, or one instance of that series. */
public record RetrieveRequest(String studyInstanceUid, Optional<String> seriesInstanceUid,
    Optional<String> sopInstanceUid) {
  public RetrieveRequest {
    Uids.require(studyInstanceUid, "Study Instance UID");
    seriesInstanceUid.ifPresent(u -> Uids.require(u, "Series Instance UID"));
    sopInstanceUid.ifPresent(u -> Uids.require(u, "SOP Instance UID"));
    if (sopInstanceUid.isPresent() && seriesInstanceUid.isEmpty()) {
      throw new IllegalArgumentException("an instance is retrieved within its series: give the series UID too");
    }
  }

  public static RetrieveRequest study(String uid) {
    return new RetrieveRequest(uid, Optional.empty(), Optional.empty());
  }

  public static RetrieveRequest series(String study, String series) {
    return new RetrieveRequest(study, Optional.of(series), Optional.empty());
  }

  /** What is asked for, for messages: {@code study 1.2.3}, {@code series 1.2.4 of study 1.2.3}. */
  public String describe() {
    String s = "study " + studyInstanceUid;
    if (seriesInstanceUid.isPresent()) {
      s = "series " + seriesInstanceUid.get() + " of " + s;
    }
    return sopInstanceUid.map(i -> "instance " + i).orElse("") + (sopInstanceUid.isPresent() ? " in " : "") + s;
  }
}
