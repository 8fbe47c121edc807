package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ij.gui.Roi;
import java.util.List;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;
import org.junit.jupiter.api.Test;

/** Masks to selections and back, against the masks themselves (seeded random blobs). */
class MaskRoisTest {

  @Test
  void anEmptyMaskHasNoSelection() {
    assertNull(MaskRois.roi(Mask.empty(20, 10)));
  }

  @Test
  void aMaskGoesToASelectionAndBackPixelForPixel() {
    Random rnd = new Random(20240115L);
    for (int trial = 0; trial < 20; trial++) {
      int w = 40 + rnd.nextInt(60);
      int h = 30 + rnd.nextInt(60);
      boolean[] in = new boolean[w * h];
      for (int blob = 0; blob < 3; blob++) {
        double cx = rnd.nextDouble() * w;
        double cy = rnd.nextDouble() * h;
        double r = 2 + rnd.nextDouble() * 10;
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            in[y * w + x] |= Math.hypot(x + 0.5 - cx, y + 0.5 - cy) < r;
          }
        }
      }
      Mask m = new Mask(w, h, in);
      Roi roi = MaskRois.roi(m);
      Mask back = MaskRois.mask(roi, w, h);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          assertEquals(m.get(x, y), back.get(x, y), "trial " + trial + " pixel " + x + "," + y);
        }
      }
    }
  }

  @Test
  void anOutlineIsAClosedPolygonWithItsName() {
    Structure s = new Structure("capsule", List.of(new PixelPoint(10, 10), new PixelPoint(30, 10),
        new PixelPoint(30, 20), new PixelPoint(10, 20)));
    Roi p = MaskRois.polygon(s);
    assertEquals("capsule", p.getName());
    assertEquals(200, MaskRois.mask(p, 50, 40).count(), "20 x 10 pixels inside");
  }
}
