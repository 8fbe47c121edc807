package org.injectplan.plugin;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.gui.Roi;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;
import org.injectplan.report.KeyImage;
import org.injectplan.report.PathCrossings;

/**
 * A plan drawn on its image as a group of named overlay elements (capsule contour, structures to
 * avoid, trajectory line, entry and target marks, bolus circle), all named with one prefix so
 * that a new plan replaces the old one and a reference plan (Practice) sits beside the user's in
 * another colour. Saturated colours: a grey scan never holds them, so a screenshot shows where
 * the overlay is.
 */
final class PlanOverlay {
  /** The trajectory of the user's plan: pure green, as in the report's key image. */
  static final Color TRAJECTORY = KeyImage.TRAJECTORY;
  /** A trajectory that goes through a structure to avoid: yellow, as in the report's key image. */
  static final Color CROSSING = KeyImage.CROSSING;
  /** The reference plan revealed by Practice: orange. */
  static final Color REFERENCE = new Color(255, 128, 0);
  static final Color CAPSULE = KeyImage.CAPSULE;
  static final Color STRUCTURE = KeyImage.AVOID;
  static final Color BONE = new Color(160, 160, 255);
  static final Color BOLUS = KeyImage.BOLUS;
  static final Color NEEDLE = new Color(0, 128, 255);
  /** Name prefix of the user's plan elements. */
  static final String PLAN = "plan ";
  /** Name prefix of the reference plan's elements. */
  static final String REFERENCE_PLAN = "reference ";
  static final float TRAJECTORY_WIDTH = 2;

  private PlanOverlay() {
  }

  /**
   * Draws the plan under the prefix, replacing what was drawn under it before. A path through a
   * structure to avoid is drawn in {@link #CROSSING} and named {@code crosses <name>} on the image.
   */
  static void draw(ImagePlus imp, Plan plan, String prefix, Color trajectory) {
    draw(imp, plan, prefix, trajectory, null);
  }

  /** As {@link #draw(ImagePlus, Plan, String, Color)}, the trajectory stroked with {@code dash} when not null. */
  static void draw(ImagePlus imp, Plan plan, String prefix, Color trajectory, float[] dash) {
    List<Roi> rois = new ArrayList<>();
    if (plan.capsule() != null) {
      rois.add(styled(MaskRois.polygon(plan.capsule()), prefix + "capsule", CAPSULE, 1));
    }
    for (Structure s : plan.avoidStructures()) {
      boolean bone = s.name().startsWith("bone");
      rois.add(styled(MaskRois.polygon(s), prefix + "structure: " + s.name(), bone ? BONE : STRUCTURE, 1));
    }
    List<String> crossed = PathCrossings.crossedStructures(plan);
    Color line = crossed.isEmpty() ? trajectory : CROSSING;
    Line path = new Line(plan.entry().xPx(), plan.entry().yPx(), plan.target().xPx(), plan.target().yPx());
    rois.add(styled(path, prefix + "trajectory", line, TRAJECTORY_WIDTH));
    if (dash != null) {
      path.setStroke(new java.awt.BasicStroke(TRAJECTORY_WIDTH, java.awt.BasicStroke.CAP_BUTT,
          java.awt.BasicStroke.JOIN_MITER, 10, dash, 0));
    }
    if (!crossed.isEmpty()) {
      ij.gui.TextRoi label = new ij.gui.TextRoi((plan.entry().xPx() + plan.target().xPx()) / 2 + 6,
          (plan.entry().yPx() + plan.target().yPx()) / 2, "crosses " + String.join(", ", crossed));
      rois.add(styled(label, prefix + "crossing", CROSSING, 1));
    }
    rois.add(styled(mark(plan.entry()), prefix + "entry", trajectory, 1));
    rois.add(styled(mark(plan.target()), prefix + "target", trajectory, 1));
    if (plan.deposition().bolusRadiusMm() != null && plan.calibration().isCalibrated()) {
      double rx = plan.deposition().bolusRadiusMm() / plan.calibration().mmPerPixelX();
      double ry = plan.deposition().bolusRadiusMm() / plan.calibration().mmPerPixelY();
      OvalRoi bolus = new OvalRoi(plan.target().xPx() - rx, plan.target().yPx() - ry, 2 * rx, 2 * ry);
      rois.add(styled(bolus, prefix + "bolus", BOLUS, 1));
    }
    replace(imp, prefix, rois, imp.getStackSize() > 1 ? plan.frame() + 1 : 0);
  }

  /** Removes the elements named with the prefix, then adds the new ones at the position (0: all frames). */
  static void replace(ImagePlus imp, String prefix, List<Roi> rois, int position) {
    Overlay ov = imp.getOverlay() != null ? imp.getOverlay() : new Overlay();
    for (int i = ov.size() - 1; i >= 0; i--) {
      String name = ov.get(i).getName();
      if (name != null && name.startsWith(prefix)) {
        ov.remove(i);
      }
    }
    imp.setOverlay(ov);
    for (Roi r : rois) {
      add(imp, r, position);
    }
  }

  /** Adds one element at the position (0: all frames). */
  static void add(ImagePlus imp, Roi roi, int position) {
    Overlay ov = imp.getOverlay() != null ? imp.getOverlay() : new Overlay();
    roi.setPosition(position);
    ov.add(roi);
    imp.setOverlay(ov);
  }

  /** The elements of the overlay named with the prefix. */
  static List<Roi> named(ImagePlus imp, String prefix) {
    List<Roi> out = new ArrayList<>();
    if (imp.getOverlay() != null) {
      for (Roi r : imp.getOverlay().toArray()) {
        if (r.getName() != null && r.getName().startsWith(prefix)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  static Roi styled(Roi r, String name, Color colour, float width) {
    r.setName(name);
    r.setStrokeColor(colour);
    r.setStrokeWidth(width);
    return r;
  }

  private static PointRoi mark(PixelPoint p) {
    PointRoi r = new PointRoi(p.xPx(), p.yPx());
    r.setPointType(PointRoi.CROSSHAIR);
    r.setSize(3);
    return r;
  }
}
