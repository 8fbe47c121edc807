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

  /**
   * Where the bar starts: near the bottom left of the calibrated ultrasound region when there is
   * one (the millimetres hold there, and burnt-in text usually lies outside it), else of the frame.
   */
  static float[] origin(PlanCalibration cal, int width, int height) {
    if (cal.region().size() == 4) {
      var r = cal.region();
      return new float[] {r.get(0) + 0.04f * (r.get(2) - r.get(0)), r.get(3) - 0.05f * (r.get(3) - r.get(1))};
    }
    return new float[] {width * 0.04f, height * 0.95f};
  }

  private static int span(PlanCalibration cal, int width) {
    return cal.region().size() == 4 ? cal.region().get(2) - cal.region().get(0) : width;
  }

  static void draw(Graphics2D g, PlanCalibration cal, int width, int height, float strokePx) {
    g.setColor(COLOUR);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(6 * strokePx)));
    float[] at = origin(cal, width, height);
    float x0 = at[0];
    float y = at[1];
    if (!cal.isCalibrated()) {
      g.drawString("not calibrated: no scale", x0, y);
      return;
    }
    double mm = roundLengthMm(span(cal, width) * 0.2 * cal.mmPerPixelX());
    double lengthPx = mm / cal.mmPerPixelX();
    g.draw(new Line2D.Double(x0, y, x0 + lengthPx, y));
    g.draw(new Line2D.Double(x0, y - 3 * strokePx, x0, y + 3 * strokePx));
    g.draw(new Line2D.Double(x0 + lengthPx, y - 3 * strokePx, x0 + lengthPx, y + 3 * strokePx));
    g.drawString(String.format(java.util.Locale.ROOT, "%.0f mm", mm), x0, y - 4 * strokePx);
  }
}
