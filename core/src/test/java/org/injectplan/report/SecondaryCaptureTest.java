package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pixelmed.dicom.AttributeList;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Random;
import org.injectplan.dicom.DicomTags;
import org.junit.jupiter.api.Test;

class SecondaryCaptureTest {
  @Test
  void pixelsAreTheKeyImageSampleBySample() throws Exception {
    Random random = new Random(20260101L);
    BufferedImage img = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 7; x++) {
        img.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    AttributeList l = PlanReportTest.read(SecondaryCapture.file(SecondaryCapture.build(img,
        EncapsulatedPdfTest.SOURCE, false, Instant.EPOCH)));
    assertEquals("RGB", PlanReportTest.text(l, DicomTags.PHOTOMETRIC_INTERPRETATION));
    assertEquals(5, l.get(DicomTags.ROWS).getSingleIntegerValueOrDefault(-1));
    assertEquals(7, l.get(DicomTags.COLUMNS).getSingleIntegerValueOrDefault(-1));
    byte[] px = l.get(DicomTags.PIXEL_DATA).getByteValues();
    assertEquals(7 * 5 * 3 + 1, px.length, "odd length padded to even");
    for (int i = 0; i < 35; i++) {
      int rgb = img.getRGB(i % 7, i / 7) & 0xFFFFFF;
      int back = ((px[3 * i] & 255) << 16) | ((px[3 * i + 1] & 255) << 8) | (px[3 * i + 2] & 255);
      assertEquals(rgb, back, "pixel " + i);
    }
  }
}
