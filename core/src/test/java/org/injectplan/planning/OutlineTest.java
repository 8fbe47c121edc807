package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;
import org.junit.jupiter.api.Test;

class OutlineTest {
  @Test
  void badArgumentsAndEmptyMasks() {
    assertThrows(IllegalArgumentException.class, () -> Outline.of("x", Mask.empty(3, 3), 2));
    assertNull(Outline.of("x", Mask.empty(3, 3), 10));
  }

  @Test
  void discOutlineLiesOnItsEdgeAndEnclosesItsArea() {
    Mask disc = Scenes.disc(200, 150, 100.5, 70.5, 40);
    Structure s = Outline.of("capsule", disc, 1000);
    for (PixelPoint p : s.contourPx()) {
      double r = Math.hypot(p.xPx() - 100.5, p.yPx() - 70.5);
      assertTrue(r > 38.5 && r <= 40, "vertex at radius " + r);
    }
    // The polygon through boundary pixel centres encloses the area less about half a pixel rim.
    double area = Math.abs(shoelace(s.contourPx()));
    assertEquals(Math.PI * 39.5 * 39.5, area, 0.02 * area);
    assertEquals(boundaryCount(disc), s.contourPx().size(), "8-connected outer boundary, each pixel once");
  }

  @Test
  void thinningKeepsAtMostTheLimit() {
    Structure s = Outline.of("capsule", Scenes.ellipse(300, 200, 150, 100, 120, 40), 64);
    assertEquals(64, s.contourPx().size());
  }

  @Test
  void everyPieceOfAMaskInSeveralPiecesIsOutlinedNoneIsLost() {
    Mask a = Scenes.disc(200, 150, 50.5, 50.5, 20);
    Mask b = Scenes.disc(200, 150, 150.5, 100.5, 15);
    List<Structure> pieces = Outline.pieces("bone", a.or(b), 500);
    assertEquals(2, pieces.size());
    assertEquals(List.of(Outline.of("bone", a, 500), Outline.of("bone", b, 500)), pieces,
        "each piece outlined as if it were alone, in raster order");
    assertEquals(List.of(Outline.of("bone", a, 500)), Outline.pieces("bone", a, 500), "one piece: as of()");
    assertEquals(List.of(), Outline.pieces("bone", Mask.empty(10, 10), 500));
    List<Structure> all = Outline.all(java.util.Map.of("vein", b, "artery", a.or(b)), 500);
    assertEquals(List.of("artery", "artery", "vein"), all.stream().map(Structure::name).toList());
  }

  private static int boundaryCount(Mask m) {
    int n = 0;
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        boolean edge = false;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            edge |= (dx != 0 || dy != 0) && Math.abs(dx) + Math.abs(dy) == 1 && !m.get(x + dx, y + dy);
          }
        }
        n += m.get(x, y) && edge ? 1 : 0;
      }
    }
    return n;
  }

  private static double shoelace(List<PixelPoint> p) {
    double a = 0;
    for (int i = 0; i < p.size(); i++) {
      PixelPoint u = p.get(i);
      PixelPoint v = p.get((i + 1) % p.size());
      a += u.xPx() * v.yPx() - v.xPx() * u.yPx();
    }
    return a / 2;
  }
}
