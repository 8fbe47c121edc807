package org.injectplan.segment.needle;

import ij.process.ImageProcessor;
import java.awt.geom.Path2D;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Structure;
import org.injectplan.planning.InPlanePath;
import org.injectplan.planning.PixelScale;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.structures.StructureFinder;

/**
 * Planned vs actual from a written plan: the in-plane path of the plan (entry, target, the image
 * region of its calibration), the capsule from the plan's outline (filled: pixels whose centre
 * lies inside it or within half a pixel of it), and {@link NeedleDetector} on a frame taken with
 * the needle in place. Millimetres from the needle frame's calibration (pixels when it has none).
 */
public final class NeedleCheck {
  private NeedleCheck() {
  }

  /**
   * @throws IllegalArgumentException when the plan is not an in-plane ultrasound plan (its entry
   *     on the skin line above the target), or the frame's size differs from the plan's region
   */
  public static Optional<NeedleDetection> check(Plan plan, ImageProcessor frame, Calibration cal) {
    if (!(plan.target().yPx() > plan.entry().yPx())) {
      throw new IllegalArgumentException("the plan is not an in-plane ultrasound plan (its entry does not lie above"
          + " the target): needle check applies to in-plane plans only");
    }
    var region = plan.calibration().region();
    double x0 = region.isEmpty() ? 0 : region.get(0);
    double x1 = region.isEmpty() ? frame.getWidth() : region.get(2) + 1;
    double skinY = region.isEmpty() ? plan.entry().yPx() : region.get(1);
    if (x1 > frame.getWidth() || skinY >= frame.getHeight()) {
      throw new IllegalArgumentException("the frame (" + frame.getWidth() + "x" + frame.getHeight() + ") does not"
          + " hold the plan's image region " + region);
    }
    Mask capsule = plan.capsule() == null ? Mask.empty(frame.getWidth(), frame.getHeight())
        : fill(plan.capsule(), frame.getWidth(), frame.getHeight());
    return detect(frame, cal, plan.entry(), plan.target(), x0, x1, skinY, capsule);
  }

  /**
   * The needle near the in-plane path from {@code entry} (on the skin line) to {@code target}, in
   * the image columns [x0, x1) below {@code skinY}; bone found in the image ({@link StructureFinder})
   * is left out of the search (a plan carries no bone mask).
   */
  public static Optional<NeedleDetection> detect(ImageProcessor frame, Calibration cal, PixelPoint entry,
      PixelPoint target, double x0, double x1, double skinY, Mask capsule) {
    PixelScale scale = PixelScale.at(cal, target.xPx(), target.yPx());
    InPlanePath planned = new InPlanePath(entry, target, x0, x1, scale);
    return NeedleDetector.detect(frame, planned, capsule, skinY, StructureFinder.find(frame, cal, capsule).bone());
  }

  /** The pixels of a closed outline: centre inside, or within half a pixel of it. */
  static Mask fill(Structure s, int width, int height) {
    Path2D.Double p = new Path2D.Double();
    PixelPoint first = s.contourPx().get(0);
    p.moveTo(first.xPx(), first.yPx());
    double minX = first.xPx();
    double maxX = minX;
    double minY = first.yPx();
    double maxY = minY;
    for (PixelPoint q : s.contourPx()) {
      p.lineTo(q.xPx(), q.yPx());
      minX = Math.min(minX, q.xPx());
      maxX = Math.max(maxX, q.xPx());
      minY = Math.min(minY, q.yPx());
      maxY = Math.max(maxY, q.yPx());
    }
    p.closePath();
    boolean[] in = new boolean[width * height];
    for (int y = Math.max(0, (int) minY - 1); y <= Math.min(height - 1, (int) maxY + 1); y++) {
      for (int x = Math.max(0, (int) minX - 1); x <= Math.min(width - 1, (int) maxX + 1); x++) {
        in[y * width + x] = p.contains(x + 0.5, y + 0.5) || p.intersects(x, y, 1, 1);
      }
    }
    return new Mask(width, height, in);
  }
}
