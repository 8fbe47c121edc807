package org.injectplan.report;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.injectplan.dicom.DicomTags;
import org.injectplan.scan.ScanIdentity;

/**
 * The modules both DICOM outputs share: Patient, General Study (the source study), a new series,
 * General and SC Equipment, SOP Common, and the de-identification markers; and the Part 10 bytes.
 */
final class DicomModules {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  static final String SOURCE_AE = "INJECTPLAN";

  private DicomModules() {
  }

  /**
   * Patient, study, a new series and SOP common in the source study; de-identification marks.
   * Burned In Annotation is NO only when {@code pixels} says burned-in text is ruled out.
   */
  static AttributeList common(ScanIdentity id, boolean deidentified, BurnedInText.Outcome pixels, String sopClassUid,
      String seriesUid, String modality, int seriesNumber, String seriesDescription, Instant created)
      throws DicomException {
    AttributeList l = new AttributeList();
    put(l, DicomTags.SPECIFIC_CHARACTER_SET, "ISO_IR 192");
    put(l, DicomTags.SOP_CLASS_UID, sopClassUid);
    put(l, DicomTags.SOP_INSTANCE_UID, Uids.newUid());
    put(l, DicomTags.INSTANCE_CREATION_DATE, DATE.format(created));
    put(l, DicomTags.INSTANCE_CREATION_TIME, TIME.format(created));
    put(l, DicomTags.PATIENT_NAME, id.patientName());
    put(l, DicomTags.PATIENT_ID, id.patientId());
    put(l, DicomTags.PATIENT_BIRTH_DATE, id.patientBirthDate());
    put(l, DicomTags.PATIENT_SEX, id.patientSex());
    put(l, DicomTags.STUDY_INSTANCE_UID, id.studyInstanceUid());
    put(l, DicomTags.STUDY_DATE, id.studyDate());
    put(l, DicomTags.STUDY_TIME, id.studyTime());
    put(l, DicomTags.REFERRING_PHYSICIAN_NAME, id.referringPhysicianName());
    put(l, DicomTags.STUDY_ID, id.studyId());
    put(l, DicomTags.ACCESSION_NUMBER, id.accessionNumber());
    putIfPresent(l, DicomTags.STUDY_DESCRIPTION, id.studyDescription());
    put(l, DicomTags.MODALITY, modality);
    put(l, DicomTags.SERIES_INSTANCE_UID, seriesUid);
    put(l, DicomTags.SERIES_NUMBER, Integer.toString(seriesNumber));
    put(l, DicomTags.SERIES_DATE, DATE.format(created));
    put(l, DicomTags.SERIES_TIME, TIME.format(created));
    put(l, DicomTags.SERIES_DESCRIPTION, seriesDescription);
    put(l, DicomTags.INSTANCE_NUMBER, "1");
    put(l, DicomTags.MANUFACTURER, "InjectPlan");
    put(l, DicomTags.SOFTWARE_VERSIONS, version());
    putIfPresent(l, DicomTags.INSTITUTION_NAME, id.institutionName());
    put(l, DicomTags.CONVERSION_TYPE, "WSD");
    put(l, DicomTags.CONTENT_DATE, DATE.format(created));
    put(l, DicomTags.CONTENT_TIME, TIME.format(created));
    put(l, DicomTags.BURNED_IN_ANNOTATION, pixels != null && pixels.textRuledOut() ? "NO" : "YES");
    if (deidentified) {
      markDeidentified(l, pixels);
    }
    return l;
  }

  private static void markDeidentified(AttributeList l, BurnedInText.Outcome pixels) throws DicomException {
    put(l, DicomTags.PATIENT_IDENTITY_REMOVED, "YES");
    put(l, DicomTags.DEIDENTIFICATION_METHOD, Deidentifier.PROFILE_MEANING + " (InjectPlan)");
    for (String v : pixels == null ? java.util.List.of("burned-in text not looked for") : pixels.methodValues()) {
      l.get(DicomTags.DEIDENTIFICATION_METHOD).addValue(v);
    }
    AttributeList code = new AttributeList();
    put(code, DicomTags.CODE_VALUE, Deidentifier.PROFILE_CODE);
    put(code, DicomTags.CODING_SCHEME_DESIGNATOR, "DCM");
    put(code, DicomTags.CODE_MEANING, Deidentifier.PROFILE_MEANING);
    sequence(l, DicomTags.DEIDENTIFICATION_METHOD_CODE_SEQUENCE, code);
  }

  /** An item referencing the source instance. */
  static AttributeList reference(ScanIdentity source) throws DicomException {
    AttributeList item = new AttributeList();
    put(item, DicomTags.REFERENCED_SOP_CLASS_UID, source.sopClassUid());
    put(item, DicomTags.REFERENCED_SOP_INSTANCE_UID, source.sopInstanceUid());
    return item;
  }

  static void sequence(AttributeList l, AttributeTag tag, AttributeList... items) {
    SequenceAttribute s = new SequenceAttribute(tag);
    for (AttributeList item : items) {
      s.addItem(item);
    }
    l.put(s);
  }

  static void put(AttributeList l, AttributeTag tag, String value) throws DicomException {
    Attribute a = l.putNewAttribute(tag);
    if (value != null && !value.isEmpty()) {
      a.addValue(value);
    }
  }

  static void putIfPresent(AttributeList l, AttributeTag tag, String value) throws DicomException {
    if (value != null && !value.isBlank()) {
      put(l, tag, value);
    }
  }

  /** The object as a DICOM Part 10 file, explicit VR little endian. */
  static byte[] part10(AttributeList l) throws IOException {
    try {
      FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      l.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
      return out.toByteArray();
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused to write a DICOM object we built", e);
    }
  }

  static String version() {
    return SoftwareVersion.text();
  }

  /** Enhanced General Equipment: the model and serial number of the software that wrote the object. */
  static void equipment(AttributeList l) throws DicomException {
    put(l, ReportTags.MANUFACTURER_MODEL_NAME, "InjectPlan");
    put(l, ReportTags.DEVICE_SERIAL_NUMBER, SoftwareVersion.number());
  }
}
