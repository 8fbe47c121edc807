package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.UnsignedLongAttribute;
import java.time.Instant;
import org.injectplan.dicom.DicomTags;
import org.injectplan.scan.ScanIdentity;

/**
 * The report as a DICOM Encapsulated PDF (1.2.840.10008.5.1.4.1.1.104.1) in the source study,
 * in a new series, referencing the source instance.
 */
public final class EncapsulatedPdf {
  public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.104.1";
  static final int SERIES_NUMBER = 9901;

  private EncapsulatedPdf() {
  }

  /**
   * @param pdf the PDF, of even length (as {@link ReportPdf} makes it): the Encapsulated Document
   *     then holds exactly the PDF, with no pad byte
   */
  public static AttributeList build(byte[] pdf, ScanIdentity source, boolean deidentified, Instant created)
      throws DicomException {
    return build(pdf, source, deidentified, null, created);
  }

  /** @param pixels what de-identification blanked in the PDF's key image (null when not looked at) */
  public static AttributeList build(byte[] pdf, ScanIdentity source, boolean deidentified,
      BurnedInText.Outcome pixels, Instant created) throws DicomException {
    if (pdf.length % 2 != 0) {
      throw new IllegalArgumentException("the PDF must be of even length, not " + pdf.length);
    }
    AttributeList l = DicomModules.common(source, deidentified, pixels, SOP_CLASS_UID, Uids.newUid(), "DOC",
        SERIES_NUMBER, "InjectPlan injection plan report", created);
    DicomModules.put(l, DicomTags.ACQUISITION_DATE_TIME, null);
    DicomModules.put(l, DicomTags.DOCUMENT_TITLE, "Injection plan");
    DicomModules.sequence(l, DicomTags.CONCEPT_NAME_CODE_SEQUENCE);
    DicomModules.sequence(l, DicomTags.SOURCE_INSTANCE_SEQUENCE, DicomModules.reference(source));
    DicomModules.put(l, DicomTags.MIME_TYPE_OF_ENCAPSULATED_DOCUMENT, "application/pdf");
    UnsignedLongAttribute length = new UnsignedLongAttribute(DicomTags.ENCAPSULATED_DOCUMENT_LENGTH);
    length.addValue(pdf.length);
    l.put(length);
    OtherByteAttribute doc = new OtherByteAttribute(DicomTags.ENCAPSULATED_DOCUMENT);
    doc.setValues(pdf);
    l.put(doc);
    return l;
  }

  /** The Part 10 file bytes. */
  public static byte[] file(AttributeList l) throws java.io.IOException {
    return DicomModules.part10(l);
  }
}
