package org.injectplan.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.injectplan.plan.PlanCalibration;

/**
 * A millimetre scale bar for the key image: a round length (1, 2, 5 × 10^n mm) near a fifth of
 * the image width, drawn at the bottom left; for an uncalibrated image, a label saying so.
 */
final class ScaleBar {
  static final Color COLOUR = Color.WHITE;

  private ScaleBar() {
  }

  /** The round length in mm whose bar is nearest to, and not over, {@code targetMm}. */
  static double roundLengthMm(double targetMm) {
    if (!(targetMm > 0) || !Double.isFinite(targetMm)) {
      throw new IllegalArgumentException("targetMm must be positive and finite: " + targetMm);
    }
    double decade = Math.pow(10, Math.floor(Math.log10(targetMm)));
    for (double step : new double[] {5, 2, 1}) {
      if (step * decade <= targetMm) {
        return step * decade;
      }
    }
    return decade;
  }

  static void draw(Graphics2D g, PlanCalibration cal, int width, int height, float strokePx) {
    g.setColor(COLOUR);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(6 * strokePx)));
    float x0 = width * 0.04f;
    float y = height * 0.95f;
    if (!cal.isCalibrated()) {
      g.drawString("not calibrated: no scale", x0, y);
      return;
    }
    double mm = roundLengthMm(width * 0.2 * cal.mmPerPixelX());
    double lengthPx = mm / cal.mmPerPixelX();
    g.draw(new Line2D.Double(x0, y, x0 + lengthPx, y));
    g.draw(new Line2D.Double(x0, y - 3 * strokePx, x0, y + 3 * strokePx));
    g.draw(new Line2D.Double(x0 + lengthPx, y - 3 * strokePx, x0 + lengthPx, y + 3 * strokePx));
    g.drawString(String.format(java.util.Locale.ROOT, "%.0f mm", mm), x0, y - 4 * strokePx);
  }
}
