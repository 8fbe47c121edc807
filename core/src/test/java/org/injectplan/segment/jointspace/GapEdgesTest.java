package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.FloatProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapEdgesTest {
  private static final int W = 80;
  private static final int H = 40;

  /**
   * Truth: background 100; cortices (50) in columns 40..42 and 50..52; the gap (120) in columns
   * 43..49, so its surfaces are at x = 43 and x = 50 (pixel edges) and its centre line at x = 46.5.
   */
  private static FloatProcessor joint() {
    FloatProcessor f = new FloatProcessor(W, H);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        f.setf(x, y, x >= 43 && x <= 49 ? 120 : (x >= 40 && x <= 52) ? 50 : 100);
      }
    }
    return f;
  }

  private static LucencyFilter.Map acrossX() {
    return new LucencyFilter.Map(new float[W * H], new byte[W * H], W, H);
  }

  @Test
  void theCentreLineIsMidwayBetweenTheSurfacesWhereverItStarts() {
    List<double[]> rough = new ArrayList<>();
    for (int y = 10; y < 30; y++) {
      rough.add(new double[] {y % 2 == 0 ? 45.5 : 47.5, y + 0.5});
    }
    GapEdges.Result r = GapEdges.of(joint(), acrossX(), rough, 6);
    assertEquals(rough.size(), r.centreLinePx().size());
    for (double[] p : r.centreLinePx()) {
      assertEquals(46.5, p[0], 0.13, "centre line x");
    }
    assertEquals(7, r.widthPx(), 0.26, "gap width");
    assertEquals(1, r.validShare(), 0);
    for (int x = 38; x < 55; x++) {
      assertEquals(x >= 43 && x <= 49, r.mask()[20 * W + x], "mask at x = " + x);
    }
  }

  @Test
  void aPointWithoutTwoSurfacesIsDropped() {
    FloatProcessor flat = new FloatProcessor(W, H);
    GapEdges.Result r = GapEdges.of(flat, acrossX(), List.of(new double[] {20.5, 20.5}), 6);
    assertTrue(r.centreLinePx().isEmpty());
    assertEquals(0, r.validShare(), 0);
  }
}
