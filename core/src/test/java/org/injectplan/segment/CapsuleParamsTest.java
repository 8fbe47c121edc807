package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CapsuleParamsTest {
  @Test
  void refusesOutOfRangeValues() {
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(0, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.35));
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(1, 0.35, 8, 8, 1.4, 0.5, 2, 0.35, 0.35));
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(1, 0.35, 8, 1500, 0.9, 0.5, 2, 0.35, 0.35));
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 1.5, 2, 0.35, 0.35));
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 1.0, 0.35));
    assertThrows(IllegalArgumentException.class, () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, -1));
    assertThrows(IllegalArgumentException.class,
        () -> new CapsuleParams(Double.NaN, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.35));
    assertThrows(IllegalArgumentException.class,
        () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.35, 0, 1.5, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.35, 2, -1, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.35, 2, 1.5, Double.NaN));
  }

  @Test
  void theNineParameterFormKeepsTheFixedOffset() {
    CapsuleParams p = new CapsuleParams(1, 0.35, 8, 1500, 1.4, 0.5, 2, 0.35, 0.3);
    assertEquals(0.3, p.edgeOffsetMm(), 0);
    assertEquals(0, p.edgeOffsetGrainsX(), 0);
    assertEquals(0, p.edgeOffsetGrainsY(), 0);
    assertEquals(2.0, p.levelRadiusMm(), 0);
  }

  @Test
  void defaultsAreValid() {
    assertEquals(0.5, CapsuleParams.DEFAULTS.minConfidence(), 0);
  }
}
