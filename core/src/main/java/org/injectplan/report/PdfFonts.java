package org.injectplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts, DejaVu Sans regular and bold from the jar (FONTS-LICENCE.md beside them),
 * embedded as subsets as PDF/A requires; never a system font.
 */
final class PdfFonts {
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final Map<Integer, Boolean> printable = new HashMap<>();

  PdfFonts(PDDocument doc) throws IOException {
    this.regular = load(doc, "DejaVuSans.ttf");
    this.bold = load(doc, "DejaVuSans-Bold.ttf");
  }

  PDType0Font regular() {
    return regular;
  }

  PDType0Font bold() {
    return bold;
  }

  /** The text with characters both fonts cannot show replaced by '?', control characters by spaces. */
  String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        out.append(' ');
      } else if (printable.computeIfAbsent(cp, this::canShow)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  private boolean canShow(int codePoint) {
    String c = new String(Character.toChars(codePoint));
    try {
      regular.encode(c);
      bold.encode(c);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static PDType0Font load(PDDocument doc, String name) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is missing from the jar");
      }
      return PDType0Font.load(doc, in, true);
    }
  }
}
