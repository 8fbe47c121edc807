package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CapsuleParamsTest {
  private static final CapsuleParams D = CapsuleParams.DEFAULTS;

  @Test
  void refusesOutOfRangeValues() {
    assertThrows(IllegalArgumentException.class, () -> D.withSmoothingRadiusMm(0));
    assertThrows(IllegalArgumentException.class, () -> D.withMaxAreaMm2(8));
    assertThrows(IllegalArgumentException.class, () -> D.withMinElongation(0.9));
    assertThrows(IllegalArgumentException.class, () -> D.withMinConfidence(1.5));
    assertThrows(IllegalArgumentException.class, () -> D.withLevelShare(1.0));
    assertThrows(IllegalArgumentException.class, () -> D.withEdgeOffsetMm(-1));
    assertThrows(IllegalArgumentException.class, () -> D.withFixedEdgeOffsetMm(-1));
    assertThrows(IllegalArgumentException.class, () -> D.withSmoothingRadiusMm(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> D.withLevelRadiusMm(0));
    assertThrows(IllegalArgumentException.class, () -> D.withWallShare(-0.1));
    assertThrows(IllegalArgumentException.class, () -> D.withWallShare(1.0));
    assertThrows(IllegalArgumentException.class, () -> D.withWallShare(Double.NaN));
  }

  @Test
  void theFixedOffsetFormOfTheFirstVersionKeepsTheFixedOffset() {
    CapsuleParams p = D.withFixedEdgeOffsetMm(0.3);
    assertEquals(0.3, p.edgeOffsetMm(), 0);
    assertEquals(0, p.wallShare(), 0);
    assertEquals(2.0, p.levelRadiusMm(), 0);
  }

  @Test
  void defaultsAreValid() {
    assertEquals(0.5, CapsuleParams.DEFAULTS.minConfidence(), 0);
  }

  @Test
  void theDefaultsAreTheDocumentedOnesAndACopyChangesOneValue() {
    double[] expected = {1.0, 0.35, 8, 1500, 1.4, 0.5, 2.0, 0.35, 0.35, 2.0, 0.6};
    double[] actual = {D.smoothingRadiusMm(), D.refineRadiusMm(), D.minAreaMm2(), D.maxAreaMm2(), D.minElongation(),
        D.minConfidence(), D.seedSearchRadiusMm(), D.levelShare(), D.edgeOffsetMm(), D.levelRadiusMm(),
        D.wallShare()};
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0);
    CapsuleParams p = D.withSeedSearchRadiusMm(3);
    assertEquals(3, p.seedSearchRadiusMm(), 0);
    assertEquals(2.0, D.seedSearchRadiusMm(), 0, "the defaults are unchanged");
    assertNotEquals(D, p);
    assertEquals(D, p.withSeedSearchRadiusMm(2.0));
    assertEquals(D.hashCode(), p.withSeedSearchRadiusMm(2.0).hashCode());
  }
}
