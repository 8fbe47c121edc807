package org.injectplan.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Flowing A4 layout: text that wraps, rows of columns, images, each placed below the last, with a
 * new page when the next block does not fit. Coordinates are PDF points from the bottom left.
 */
final class PdfPageWriter implements AutoCloseable {
  static final float MARGIN = 40;
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final PDDocument doc;
  private final PdfFonts fonts;
  private final String footer;
  private PDPageContentStream cs;
  private int pageIndex = -1;
  private float y;

  PdfPageWriter(PDDocument doc, PdfFonts fonts, String footer) throws IOException {
    this.doc = doc;
    this.fonts = fonts;
    this.footer = footer;
    newPage();
  }

  PdfFonts fonts() {
    return fonts;
  }

  PDPageContentStream stream() {
    return cs;
  }

  int pageIndex() {
    return pageIndex;
  }

  float y() {
    return y;
  }

  /** Makes room for a block {@code height} tall, starting a page if needed. */
  void ensure(float height) throws IOException {
    if (y - height < MARGIN + 14) {
      newPage();
    }
  }

  void gap(float points) {
    y -= points;
  }

  void heading(String text, float size) throws IOException {
    ensure(size * 1.6f);
    y -= size * 1.3f;
    text(MARGIN, y, text, fonts.bold(), size);
    y -= size * 0.3f;
  }

  void paragraph(String text, float size, boolean bold) throws IOException {
    PDType0Font f = bold ? fonts.bold() : fonts.regular();
    for (String line : wrap(text, f, size, WIDTH)) {
      ensure(size * 1.3f);
      y -= size * 1.3f;
      text(MARGIN, y, line, f, size);
    }
  }

  /** One row of columns (x offsets from the margin), each cell wrapped to its width. */
  void row(float size, float[] columnX, String[] cells, boolean bold) throws IOException {
    PDType0Font f = bold ? fonts.bold() : fonts.regular();
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int i = 0; i < cells.length; i++) {
      float right = i + 1 < columnX.length ? columnX[i + 1] - 6 : WIDTH;
      List<String> w = wrap(cells[i], i == 0 ? fonts.bold() : f, size, right - columnX[i]);
      wrapped.add(w);
      lines = Math.max(lines, w.size());
    }
    ensure(lines * size * 1.25f + 2);
    for (int l = 0; l < lines; l++) {
      y -= size * 1.25f;
      for (int i = 0; i < cells.length; i++) {
        if (l < wrapped.get(i).size()) {
          text(MARGIN + columnX[i], y, wrapped.get(i).get(l), i == 0 ? fonts.bold() : f, size);
        }
      }
    }
    y -= 2;
  }

  /** Places an image {@code width} points wide at the margin; returns where it lies on the page. */
  Rectangle2D.Float image(PDImageXObject img, float width) throws IOException {
    float height = width * img.getHeight() / img.getWidth();
    ensure(height + 4);
    y -= height;
    cs.drawImage(img, MARGIN, y, width, height);
    y -= 4;
    return new Rectangle2D.Float(MARGIN, y + 4, width, height);
  }

  /** Reserves a block {@code height} tall across the text width; returns it for drawing. */
  Rectangle2D.Float block(float height) throws IOException {
    ensure(height);
    y -= height;
    return new Rectangle2D.Float(MARGIN, y, WIDTH, height);
  }

  void text(float x, float baseline, String s, PDType0Font font, float size) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, baseline);
    cs.showText(fonts.printable(s));
    cs.endText();
  }

  List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : fonts.printable(text).split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    out.add(line.toString());
    return out;
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    pageIndex++;
    cs = new PDPageContentStream(doc, page);
    y = PAGE.getHeight() - MARGIN;
    text(MARGIN, MARGIN - 16, footer + " — page " + (pageIndex + 1), fonts.regular(), 7);
  }

  @Override
  public void close() throws IOException {
    cs.close();
  }
}
