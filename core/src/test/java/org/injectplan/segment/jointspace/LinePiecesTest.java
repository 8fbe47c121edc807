package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePiecesTest {
  private static final int W = 70;
  private static final int H = 70;

  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> LinePieces.splitAtBends(List.of(), 0, 30));
    assertThrows(IllegalArgumentException.class, () -> LinePieces.splitAtBends(List.of(), 3, 0));
  }

  @Test
  void aRightAngleSplitsAPathInTwo() {
    List<double[]> path = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      path.add(new double[] {i + 0.5, 0.5});
    }
    for (int i = 1; i < 20; i++) {
      path.add(new double[] {19.5, i + 0.5});
    }
    List<List<double[]>> pieces = LinePieces.splitAtBends(path, 3, 35);
    assertEquals(2, pieces.size());
    int dropped = path.size() - pieces.get(0).size() - pieces.get(1).size();
    assertTrue(dropped >= 1 && dropped <= 5, "the points at the bend dropped, no more: " + dropped);
    assertEquals(1, LinePieces.splitAtBends(path.subList(0, 20), 3, 35).size(), "a straight path stays whole");
  }

  /** A vertical band (columns 19..21, rows 5..64) crossed by a horizontal one (rows 29..31, columns 20..55). */
  @Test
  void theLineAcrossAJunctionIsJoinedAndTheBranchLeftOut() {
    boolean[] band = new boolean[W * H];
    for (int y = 5; y < 65; y++) {
      for (int x = 19; x <= 21; x++) {
        band[y * W + x] = true;
      }
    }
    for (int y = 29; y <= 31; y++) {
      for (int x = 20; x < 56; x++) {
        band[y * W + x] = true;
      }
    }
    List<List<double[]>> pieces = LinePieces.of(band, W, H, 3, 35);
    int upper = -1;
    for (int i = 0; i < pieces.size(); i++) {
      for (double[] p : pieces.get(i)) {
        if (p[1] < 15) {
          upper = i;
        }
      }
    }
    assertTrue(upper >= 0, "a piece in the upper vertical band");
    List<double[]> line = LinePieces.joined(pieces, upper, 3, 35, 4);
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (double[] p : line) {
      assertEquals(20.5, p[0], 1.01, "the joined line stays vertical");
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    assertTrue(minY < 12 && maxY > 57, "it spans the band across the junction: " + minY + " to " + maxY);
  }
}
