package org.injectplan.segment.jointspace;

import ij.process.ShortProcessor;
import java.util.Random;

/**
 * A fluoroscopy phantom with its truth, shared by the joint-space tests: 200 x 200, soft tissue
 * 3000; two bone blocks (2400) either side of a vertical gap of width 8 px centred on x = 100.5
 * (columns 97..104), rows 50..149, when {@code gap}; Gaussian noise sigma 20, seeded. Truth centre
 * line: x = 100.5, y 50..149.
 */
public final class FacetPhantom {
  private FacetPhantom() {
  }

  public static ShortProcessor facet(long seed, boolean gap) {
    Random rnd = new Random(seed);
    ShortProcessor sp = new ShortProcessor(200, 200);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        boolean bone = y >= 50 && y < 150 && x >= 70 && x < 131 && !(gap && x >= 97 && x <= 104);
        sp.set(x, y, (int) Math.round((bone ? 2400 : 3000) + 20 * rnd.nextGaussian()));
      }
    }
    return sp;
  }
}
