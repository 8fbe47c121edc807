package org.injectplan.scan;

import com.pixelmed.dicom.AttributeTag;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;

/**
 * Who and what a scan is, kept for the report and for DICOM outputs in the source study.
 * Text attributes that are absent or empty in the file are empty strings (DICOM's type 2).
 */
public record ScanIdentity(
    String patientName,
    String patientId,
    String patientBirthDate,
    String patientSex,
    String accessionNumber,
    String institutionName,
    String referringPhysicianName,
    String studyDate,
    String studyTime,
    String studyDescription,
    String studyId,
    String studyInstanceUid,
    String seriesInstanceUid,
    String sopInstanceUid,
    String sopClassUid,
    String modality,
    String manufacturer,
    String manufacturerModelName,
    String bodyPartExamined,
    String laterality) {

  public static ScanIdentity of(Header h) {
    return new ScanIdentity(
        text(h, DicomTags.PATIENT_NAME), text(h, DicomTags.PATIENT_ID),
        text(h, DicomTags.PATIENT_BIRTH_DATE), text(h, DicomTags.PATIENT_SEX),
        text(h, DicomTags.ACCESSION_NUMBER), text(h, DicomTags.INSTITUTION_NAME),
        text(h, DicomTags.REFERRING_PHYSICIAN_NAME), text(h, DicomTags.STUDY_DATE),
        text(h, DicomTags.STUDY_TIME), text(h, DicomTags.STUDY_DESCRIPTION), text(h, DicomTags.STUDY_ID),
        text(h, DicomTags.STUDY_INSTANCE_UID), text(h, DicomTags.SERIES_INSTANCE_UID),
        text(h, DicomTags.SOP_INSTANCE_UID), text(h, DicomTags.SOP_CLASS_UID), text(h, DicomTags.MODALITY),
        text(h, DicomTags.MANUFACTURER), text(h, DicomTags.MANUFACTURER_MODEL_NAME),
        text(h, DicomTags.BODY_PART_EXAMINED), text(h, DicomTags.LATERALITY));
  }

  private static String text(Header h, AttributeTag tag) {
    return h.string(tag).orElse("");
  }
}
