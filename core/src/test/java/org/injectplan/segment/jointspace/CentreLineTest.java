package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.image.Mask;
import org.junit.jupiter.api.Test;

class CentreLineTest {
  @Test
  void refusesEmptyLinesAndBadSpacing() {
    List<double[]> one = List.of(new double[] {1, 1});
    assertThrows(IllegalArgumentException.class, () -> CentreLine.meanDistanceMm(List.of(), one, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> CentreLine.meanDistanceMm(one, one, 0, 1));
  }

  @Test
  void aStripsCentreLineIsItsMidLineInOrder() {
    boolean[] in = new boolean[60 * 80];
    for (int y = 10; y < 70; y++) {
      for (int x = 20; x < 29; x++) { // 9 px wide: mid-line at column 24, centre 24.5
        in[y * 60 + x] = true;
      }
    }
    List<double[]> line = CentreLine.of(new Mask(60, 80, in));
    assertTrue(line.size() >= 50, "points " + line.size());
    double mean = line.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    assertEquals(24.5, mean, 0.5);
    for (int i = 1; i < line.size(); i++) {
      assertTrue(Math.abs(line.get(i)[1] - line.get(i - 1)[1]) <= 1.0, "ordered along the strip");
    }
  }

  @Test
  void meanDistanceOfParallelLines() {
    List<double[]> a = List.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {0, 2});
    List<double[]> b = List.of(new double[] {3, 0}, new double[] {3, 1}, new double[] {3, 2});
    assertEquals(3 * 0.2, CentreLine.meanDistanceMm(a, b, 0.2, 0.5), 1e-12);
  }
}
