package org.injectplan.pacs;

import java.nio.file.Path;
import java.util.List;
import org.injectplan.segment.ProgressListener;

/**
 * Search and retrieve on one PACS, by DICOMweb ({@link DicomWebClient}) or by DIMSE
 * ({@link DimseClient}). Every call is bounded by the client's timeout and either answers in
 * full or throws a {@link PacsException} saying why.
 */
public interface QueryRetrieve {
  /** The studies matching the query, as the PACS orders them. */
  List<StudyEntry> findStudies(StudyQuery query) throws PacsException;

  /** The series of a study with their instance and frame counts; an unknown study is an error. */
  List<SeriesEntry> listSeries(String studyInstanceUid) throws PacsException;

  /**
   * Retrieves the instances asked for into {@code staging} (an empty folder of the caller's),
   * one file each, and returns them; {@link Fetch} checks them and moves them into place.
   * Progress counts bytes or instances received, whichever the protocol tells.
   */
  List<Path> retrieve(RetrieveRequest request, Path staging, ProgressListener progress) throws PacsException;

  /** The PACS, as messages name it. */
  String name();
}
