package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutOfPlaneTest {
  @Test
  void badDistancesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> OutOfPlane.angleDeg(0, 10));
    assertThrows(IllegalArgumentException.class, () -> OutOfPlane.angleDeg(10, -1));
    assertThrows(IllegalArgumentException.class, () -> OutOfPlane.pathLengthMm(Double.NaN, 10));
  }

  @Test
  void equalDepthAndOffsetGive45Degrees() {
    assertEquals(45, OutOfPlane.angleDeg(20, 20), 1e-12);
    assertEquals(20 * Math.sqrt(2), OutOfPlane.pathLengthMm(20, 20), 1e-12);
    assertEquals(60, OutOfPlane.angleDeg(Math.sqrt(3), 1), 1e-12);
  }
}
