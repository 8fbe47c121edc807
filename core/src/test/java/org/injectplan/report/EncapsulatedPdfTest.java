package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pixelmed.dicom.AttributeList;
import java.time.Instant;
import org.injectplan.dicom.DicomTags;
import org.injectplan.scan.ScanIdentity;
import org.junit.jupiter.api.Test;

class EncapsulatedPdfTest {
  static final ScanIdentity SOURCE = new ScanIdentity("N^M", "P", "", "", "", "", "", "20200101", "", "", "",
      "1.2.3", "1.2.3.4", "1.2.3.4.5", "1.2.840.10008.5.1.4.1.1.6.1", "US", "", "", "", "");

  @Test
  void refusesAnOddLengthPdf() {
    assertThrows(IllegalArgumentException.class,
        () -> EncapsulatedPdf.build(new byte[3], SOURCE, false, Instant.EPOCH));
  }

  @Test
  void holdsExactlyThePdfAndItsLength() throws Exception {
    byte[] pdf = "%PDF-1.7 not really a PDF, but even\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    AttributeList l = PlanReportTest.read(EncapsulatedPdf.file(EncapsulatedPdf.build(pdf, SOURCE, false,
        Instant.EPOCH)));
    assertArrayEquals(pdf, l.get(DicomTags.ENCAPSULATED_DOCUMENT).getByteValues());
    assertEquals(pdf.length, l.get(DicomTags.ENCAPSULATED_DOCUMENT_LENGTH).getSingleIntegerValueOrDefault(-1));
    assertEquals("application/pdf", PlanReportTest.text(l, DicomTags.MIME_TYPE_OF_ENCAPSULATED_DOCUMENT));
    assertEquals("1.2.3", PlanReportTest.text(l, DicomTags.STUDY_INSTANCE_UID));
    assertEquals("19700101", PlanReportTest.text(l, DicomTags.CONTENT_DATE));
  }
}
