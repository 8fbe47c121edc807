package org.injectplan.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The intensity profile as vector graphics in a box: axes, ticks at the ends, the curve, and
 * the entry (left) and target (right) labelled.
 */
final class ProfilePlot {
  private static final float LEFT = 34;
  private static final float BOTTOM = 20;

  private ProfilePlot() {
  }

  static void draw(PdfPageWriter w, PdfFonts fonts, Rectangle2D.Float box, IntensityProfile p) throws IOException {
    PDPageContentStream cs = w.stream();
    float x0 = box.x + LEFT;
    float y0 = box.y + BOTTOM;
    float width = box.width - LEFT - 8;
    float height = box.height - BOTTOM - 6;
    cs.setStrokingColor(0f, 0f, 0f);
    cs.setLineWidth(0.6f);
    cs.addRect(x0, y0, width, height);
    cs.stroke();
    double max = Math.max(p.maxValue(), 1e-9);
    double length = Math.max(p.length(), 1e-9);
    cs.setStrokingColor(0.15f, 0.15f, 0.15f);
    cs.setLineWidth(1f);
    for (int i = 0; i < p.distance().length; i++) {
      float x = (float) (x0 + width * p.distance()[i] / length);
      float y = (float) (y0 + height * Math.max(0, p.value()[i]) / max);
      if (i == 0) {
        cs.moveTo(x, y);
      } else {
        cs.lineTo(x, y);
      }
    }
    cs.stroke();
    cs.setStrokingColor(0f, 0f, 0f);
    float size = 7;
    w.text(box.x, y0 - 2, "0", fonts.regular(), size);
    w.text(box.x, y0 + height - size, fmt("%.0f", max), fonts.regular(), size);
    w.text(x0, box.y + 6, "0 (entry)", fonts.regular(), size);
    String end = fmt("%.1f %s (target)", p.length(), p.unit());
    float endWidth = fonts.regular().getStringWidth(end) / 1000 * size;
    w.text(x0 + width - endWidth, box.y + 6, end, fonts.regular(), size);
    w.text(x0 + width / 2 - 40, box.y + 6, "distance along the needle path", fonts.regular(), size);
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
