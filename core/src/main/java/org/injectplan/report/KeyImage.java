package org.injectplan.report;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;

/**
 * The annotated key image: the planned frame as displayed (RGB, full frame) with the capsule
 * contour, the structures to avoid, the trajectory from entry to target, the bolus circle and a
 * millimetre scale bar burnt in. Overlay colours are saturated, so that they cannot be mistaken
 * for grey image content.
 */
public final class KeyImage {
  /** Capsule (or joint space) contour. */
  public static final Color CAPSULE = new Color(0, 255, 255);
  /** Structures to avoid. */
  public static final Color AVOID = new Color(255, 0, 0);
  /** Trajectory line: the same green as the plan's trajectory in ImageJ. */
  public static final Color TRAJECTORY = new Color(0, 255, 0);
  /** Trajectory line of a path that goes through a structure to avoid: a warning colour. */
  public static final Color CROSSING = new Color(255, 255, 0);
  /** Entry and target markers. */
  public static final Color MARKER = new Color(0, 255, 0);
  /** Bolus circle. */
  public static final Color BOLUS = new Color(255, 0, 255);

  private KeyImage() {
  }

  /** The frame with the plan drawn on it, the same size as the frame. */
  public static BufferedImage render(ImageProcessor frame, Plan plan) {
    BufferedImage img = toRgb(frame);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float w = Math.max(2f, img.getWidth() / 300f);
      g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      if (plan.capsule() != null) {
        g.setColor(CAPSULE);
        g.draw(polygon(plan.capsule()));
      }
      g.setColor(AVOID);
      for (Structure s : plan.avoidStructures()) {
        g.draw(polygon(s));
      }
      drawTrajectory(g, plan, w);
      drawBolus(g, plan);
      ScaleBar.draw(g, plan.calibration(), img.getWidth(), img.getHeight(), w);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static void drawTrajectory(Graphics2D g, Plan plan, float w) {
    PixelPoint e = plan.entry();
    PixelPoint t = plan.target();
    java.util.List<String> crossed = PathCrossings.crossedStructures(plan);
    g.setColor(crossed.isEmpty() ? TRAJECTORY : CROSSING);
    g.draw(new Line2D.Double(e.xPx(), e.yPx(), t.xPx(), t.yPx()));
    if (!crossed.isEmpty()) {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(6 * w)));
      g.drawString("crosses " + String.join(", ", crossed), (float) ((e.xPx() + t.xPx()) / 2 + 3 * w),
          (float) ((e.yPx() + t.yPx()) / 2));
    }
    g.setColor(MARKER);
    double r = 3 * w;
    g.draw(new Ellipse2D.Double(e.xPx() - r, e.yPx() - r, 2 * r, 2 * r));
    g.draw(new Line2D.Double(t.xPx() - r, t.yPx() - r, t.xPx() + r, t.yPx() + r));
    g.draw(new Line2D.Double(t.xPx() - r, t.yPx() + r, t.xPx() + r, t.yPx() - r));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(6 * w)));
    g.drawString("E", (float) (e.xPx() + r + 2), (float) (e.yPx() - r));
    g.drawString("T", (float) (t.xPx() + r + 2), (float) (t.yPx() + r));
  }

  /** The bolus as a circle of its radius around the target (an ellipse if pixels are not square). */
  private static void drawBolus(Graphics2D g, Plan plan) {
    Double radiusMm = plan.deposition().bolusRadiusMm();
    if (radiusMm == null || !plan.calibration().isCalibrated()) {
      return;
    }
    double rx = radiusMm / plan.calibration().mmPerPixelX();
    double ry = radiusMm / plan.calibration().mmPerPixelY();
    PixelPoint t = plan.target();
    g.setColor(BOLUS);
    g.draw(new Ellipse2D.Double(t.xPx() - rx, t.yPx() - ry, 2 * rx, 2 * ry));
  }

  private static Path2D polygon(Structure s) {
    Path2D.Double p = new Path2D.Double();
    PixelPoint first = s.contourPx().get(0);
    p.moveTo(first.xPx(), first.yPx());
    for (PixelPoint q : s.contourPx().subList(1, s.contourPx().size())) {
      p.lineTo(q.xPx(), q.yPx());
    }
    p.closePath();
    return p;
  }

  /** Displayed values as 8-bit RGB: colour as is, grey scaled to its full range. */
  static BufferedImage toRgb(ImageProcessor frame) {
    ImageProcessor ip = frame.duplicate();
    if (!(ip instanceof ColorProcessor)) {
      ip.resetMinAndMax();
      ip = ip.convertToByte(true);
    }
    ColorProcessor rgb = ip.convertToColorProcessor();
    BufferedImage img = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, rgb.getWidth(), rgb.getHeight(), (int[]) rgb.getPixels(), 0, rgb.getWidth());
    return img;
  }
}
