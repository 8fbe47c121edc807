package org.injectplan.plugin;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;

/**
 * Conversions between the core's masks and outlines and ImageJ's selections. A mask becomes the
 * selection of exactly its pixels (ImageJ's Create Selection), so a mask kept in an overlay
 * converts back to the same mask.
 */
final class MaskRois {
  private MaskRois() {
  }

  /** The selection of the mask's pixels, or null when the mask is empty. */
  static Roi roi(Mask m) {
    return roi(m.toByteProcessor());
  }

  private static Roi roi(ByteProcessor bp) {
    bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
    return ThresholdToSelection.run(new ij.ImagePlus("mask", bp));
  }

  /** The pixels of the frame inside the selection, as a mask of the full frame. */
  static Mask mask(Roi roi, int width, int height) {
    boolean[] in = new boolean[width * height];
    Rectangle b = roi.getBounds();
    ImageProcessor m = roi.getMask();
    for (int y = Math.max(0, b.y); y < Math.min(height, b.y + b.height); y++) {
      for (int x = Math.max(0, b.x); x < Math.min(width, b.x + b.width); x++) {
        in[y * width + x] = m == null || m.get(x - b.x, y - b.y) != 0;
      }
    }
    return new Mask(width, height, in);
  }

  /** An outline of the plan as a closed polygon. */
  static PolygonRoi polygon(Structure s) {
    List<PixelPoint> c = s.contourPx();
    float[] xs = new float[c.size()];
    float[] ys = new float[c.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = (float) c.get(i).xPx();
      ys[i] = (float) c.get(i).yPx();
    }
    PolygonRoi p = new PolygonRoi(xs, ys, Roi.POLYGON);
    p.setName(s.name());
    return p;
  }
}
