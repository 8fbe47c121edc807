package org.injectplan.plugin;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.injectplan.image.Mask;

/**
 * The structures the needle must avoid on a frame, as the planner wants them (named masks, and
 * bone with its shadow apart): the overlay's {@code avoid: <name>} and {@code bone} elements
 * (Open Sample draws them) and every area selection in the ROI Manager (named {@code bone...}:
 * bone; otherwise a structure to avoid under its name).
 */
record Structures(Map<String, Mask> avoid, Mask bone) {

  static Structures of(ImagePlus imp, int frame) {
    Map<String, Mask> avoid = new LinkedHashMap<>();
    Mask[] bone = {null};
    int w = imp.getWidth();
    int h = imp.getHeight();
    if (imp.getOverlay() != null) {
      for (Roi r : imp.getOverlay().toArray()) {
        if (onFrame(r, frame) && r.getName() != null) {
          take(r, r.getName().startsWith(OpenSample.AVOID) ? r.getName().substring(OpenSample.AVOID.length())
              : r.getName().equals(OpenSample.BONE) ? OpenSample.BONE : null, avoid, bone, w, h);
        }
      }
    }
    // Without a display there is no ROI Manager (it is a window; even asking for the batch one makes one).
    RoiManager rm = java.awt.GraphicsEnvironment.isHeadless() ? null : RoiManager.getInstance();
    if (rm != null) {
      for (Roi r : rm.getRoisAsArray()) {
        if (r.isArea() && onFrame(r, frame)) {
          take(r, r.getName() != null ? r.getName() : "structure " + (avoid.size() + 1), avoid, bone, w, h);
        }
      }
    }
    return new Structures(avoid, bone[0]);
  }

  private static void take(Roi r, String name, Map<String, Mask> avoid, Mask[] bone, int w, int h) {
    if (name == null) {
      return;
    }
    Mask m = MaskRois.mask(r, w, h);
    if (name.toLowerCase(java.util.Locale.ROOT).startsWith(OpenSample.BONE)) {
      bone[0] = bone[0] == null ? m : bone[0].or(m);
    } else {
      avoid.merge(name, m, Mask::or);
    }
  }

  /** True when the element belongs to the frame (from 0): on it, or on every frame. */
  static boolean onFrame(Roi r, int frame) {
    int p = r.getPosition();
    return p == 0 || p == frame + 1;
  }
}
