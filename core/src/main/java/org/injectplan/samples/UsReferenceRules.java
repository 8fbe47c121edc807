package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Mask;

/**
 * The reference plan of an ultrasound sample, from its truth masks by these rules:
 * <ol>
 * <li>Target: the deepest part of the fluid pocket, i.e. the fluid pixel farthest from the
 *     pocket's edge (the centre of the largest circle inside the fluid); ties to the first in
 *     raster order.</li>
 * <li>Entry: on the skin line (the transducer face, the top edge of the region) on the joint's
 *     approach side, in-plane; the shallowest angle to the skin line from 10 degrees up to 29.5
 *     (needle visibility is best below about 30 degrees) whose entry lies inside the image, whose
 *     path keeps at least 2 mm from every structure to avoid and 0.5 mm from bone.</li>
 * <li>Needle: 22G, the shortest standard length with 15 mm to spare.</li>
 * <li>Deposition: the joint's volume; the fraction in the capsule is the share of a disc of the
 *     bolus's radius around the target (in the image plane) that lies in the fluid mask.</li>
 * </ol>
 */
final class UsReferenceRules {
  private UsReferenceRules() {
  }

  static ReferencePlan derive(String file, String sopUid, String studyUid, Joint joint, UsGeometry g,
      boolean approachFromLeft, Mask fluid, Mask avoid, Mask bone, String avoidName) {
    int[] t = deepestFluidPixel(fluid);
    double tx = t[0] + 0.5;
    double ty = t[1] + 0.5;
    double mm = g.mmPerPixel();
    double skinY = g.regionY0();
    List<int[]> avoidPx = pixels(avoid);
    List<int[]> bonePx = pixels(bone);
    for (double a = ClinicalFigures.IN_PLANE_MIN_ANGLE_DEG; a <= ClinicalFigures.IN_PLANE_MAX_ANGLE_DEG; a += 0.5) {
      double run = (ty - skinY) / Math.tan(Math.toRadians(a));
      double ex = approachFromLeft ? tx - run : tx + run;
      if (ex < g.regionX0() || ex > g.regionX1() + 1) {
        continue;
      }
      double clearance = clearancePx(ex, skinY, tx, ty, avoidPx) * mm;
      double boneClearance = clearancePx(ex, skinY, tx, ty, bonePx) * mm;
      if (clearance < ClinicalFigures.MIN_CLEARANCE_MM || boneClearance < ClinicalFigures.MIN_BONE_CLEARANCE_MM) {
        continue;
      }
      double path = Math.hypot(tx - ex, ty - skinY) * mm;
      double volume = ClinicalFigures.LARGE_JOINT_VOLUME_ML;
      double fraction = discFraction(fluid, tx, ty, ClinicalFigures.bolusRadiusMm(volume) / mm);
      List<String> warnings = new ArrayList<>();
      if (clearance < ClinicalFigures.WARN_CLEARANCE_MM) {
        warnings.add(String.format(java.util.Locale.ROOT, "path passes %.1f mm from the %s", clearance, avoidName));
      }
      if (fraction < 0.8) {
        warnings.add("bolus larger than the pocket in this plane: expect spread beyond the visible fluid");
      }
      return new ReferencePlan(file, sopUid, studyUid, 0, calibration(g), tx, ty, ex, skinY, joint.key(),
          joint.approach(), a, "skin line (transducer face)", (ty - skinY) * mm, path, clearance, avoidName,
          ClinicalFigures.needleLengthMm(path), volume, "sample-set rule (no literature volume chosen)", fraction,
          warnings, "target: deepest point of the fluid pocket; entry: skin line on the approach side at the "
              + "shallowest in-plane angle in [10, 29.5] deg (" + ClinicalFigures.IN_PLANE_SOURCE + ") clearing "
              + "structures to avoid by >= 2 mm and bone by >= 0.5 mm");
    }
    throw new IllegalStateException(joint.key() + ": no in-plane path under 30 degrees clears the structures to avoid");
  }

  static ObjectNode calibration(UsGeometry g) {
    ObjectNode c = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    c.put("mmPerPixelX", g.mmPerPixel());
    c.put("mmPerPixelY", g.mmPerPixel());
    c.put("source", "US_REGION");
    c.putArray("region").add(g.regionX0()).add(g.regionY0()).add(g.regionX1()).add(g.regionY1());
    return c;
  }

  /** The fluid pixel farthest from any non-fluid pixel (brute force over the pocket's edge). */
  static int[] deepestFluidPixel(Mask fluid) {
    List<int[]> edge = new ArrayList<>();
    for (int y = 0; y < fluid.height(); y++) {
      for (int x = 0; x < fluid.width(); x++) {
        if (!fluid.get(x, y) && (fluid.get(x - 1, y) || fluid.get(x + 1, y) || fluid.get(x, y - 1) || fluid.get(x, y + 1))) {
          edge.add(new int[] {x, y});
        }
      }
    }
    if (edge.isEmpty()) {
      throw new IllegalStateException("the fluid mask is empty: no target");
    }
    int[] best = null;
    long bestD = -1;
    for (int y = 0; y < fluid.height(); y++) {
      for (int x = 0; x < fluid.width(); x++) {
        if (!fluid.get(x, y)) {
          continue;
        }
        long d = Long.MAX_VALUE;
        for (int[] e : edge) {
          long dx = e[0] - x;
          long dy = e[1] - y;
          d = Math.min(d, dx * dx + dy * dy);
          if (d <= bestD) {
            break;
          }
        }
        if (d > bestD) {
          bestD = d;
          best = new int[] {x, y};
        }
      }
    }
    return best;
  }

  static List<int[]> pixels(Mask m) {
    List<int[]> out = new ArrayList<>();
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        if (m.get(x, y)) {
          out.add(new int[] {x, y});
        }
      }
    }
    return out;
  }

  /** Least distance in pixels from the segment (x0,y0)-(x1,y1) to any pixel centre in the list. */
  static double clearancePx(double x0, double y0, double x1, double y1, List<int[]> px) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double len2 = dx * dx + dy * dy;
    double best = Double.MAX_VALUE;
    for (int[] p : px) {
      double cx = p[0] + 0.5;
      double cy = p[1] + 0.5;
      double s = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((cx - x0) * dx + (cy - y0) * dy) / len2));
      best = Math.min(best, Math.hypot(x0 + s * dx - cx, y0 + s * dy - cy));
    }
    return best;
  }

  /** The share of the disc of radius r (pixels) around (x, y) inside the mask. */
  static double discFraction(Mask m, double x, double y, double r) {
    int in = 0;
    int all = 0;
    for (int yy = (int) Math.floor(y - r); yy <= (int) Math.ceil(y + r); yy++) {
      for (int xx = (int) Math.floor(x - r); xx <= (int) Math.ceil(x + r); xx++) {
        if (Math.hypot(xx + 0.5 - x, yy + 0.5 - y) <= r) {
          all++;
          in += m.get(xx, yy) ? 1 : 0;
        }
      }
    }
    return all == 0 ? 0 : in / (double) all;
  }
}
