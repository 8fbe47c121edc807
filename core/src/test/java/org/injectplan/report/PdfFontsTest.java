package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  @Test
  void replacesWhatTheFontsCannotShow() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(doc);
      assertEquals("a b", fonts.printable("a\tb"));
      assertEquals("? 1.5–3.7% × 10^6 °", fonts.printable("漢 1.5–3.7% × 10^6 °"));
      assertTrue(fonts.regular().isEmbedded() && fonts.bold().isEmbedded());
    }
  }
}
