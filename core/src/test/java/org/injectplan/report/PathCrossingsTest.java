package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Structure;
import org.junit.jupiter.api.Test;

class PathCrossingsTest {
  static final Structure SQUARE = new Structure("capsule", List.of(new PixelPoint(40, 40), new PixelPoint(80, 40),
      new PixelPoint(80, 80), new PixelPoint(40, 80)));

  @Test
  void parallelOrMissingSegmentsDoNotCross() {
    assertTrue(Double.isNaN(PathCrossings.intersection(new PixelPoint(0, 0), new PixelPoint(10, 0),
        new PixelPoint(0, 5), new PixelPoint(10, 5))));
    assertTrue(PathCrossings.of(new PixelPoint(0, 0), new PixelPoint(10, 10), SQUARE).isEmpty());
  }

  @Test
  void aPathThroughTheSquareCrossesItTwiceWhereGeometrySays() {
    // From (0,60) to (100,60): the sides x=40 and x=80 are met at 0.4 and 0.8 of the path.
    var c = PathCrossings.of(new PixelPoint(0, 60), new PixelPoint(100, 60), SQUARE);
    List<Double> f = c.stream().map(PathCrossings.Crossing::fraction).sorted().toList();
    assertEquals(2, f.size());
    assertEquals(0.4, f.get(0), 1e-12);
    assertEquals(0.8, f.get(1), 1e-12);
  }

  @Test
  void aTargetInsideIsEnteredOnce() {
    var c = PathCrossings.of(new PixelPoint(60, 0), new PixelPoint(60, 60), SQUARE);
    assertEquals(1, c.size());
    assertEquals(40.0 / 60, c.get(0).fraction(), 1e-12);
    assertEquals("capsule", c.get(0).name());
  }

  @Test
  void aStructureIsCrossedWhenThePathMeetsItsOutlineOrEndsInsideIt() {
    assertTrue(PathCrossings.inside(new PixelPoint(60, 60), SQUARE));
    assertTrue(!PathCrossings.inside(new PixelPoint(20, 60), SQUARE));
    assertTrue(!PathCrossings.inside(new PixelPoint(60, 90), SQUARE));
  }
}
