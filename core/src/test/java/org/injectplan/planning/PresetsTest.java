package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JointPreset, PlanParams and NeedleCatalogue: validation and the figures' invariants. */
class PresetsTest {
  @Test
  void badPresetsAndParamsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> JointPreset.of("elbow"));
    assertThrows(IllegalArgumentException.class, () -> JointPreset.of(null));
    assertThrows(IllegalArgumentException.class, () -> new PlanParams(50, 2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new PlanParams(0, 2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new PlanParams(30, -1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new PlanParams(30, 2, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new NeedleCatalogue(java.util.List.of()));
    assertThrows(IllegalArgumentException.class, () -> NeedleCatalogue.standard().choose(22, 200));
    assertThrows(IllegalArgumentException.class, () -> new NeedleType(22, 50, 2, "x"));
  }

  @Test
  void everyPresetKeepsItsLimitsAndSources() {
    for (String k : new String[] {"knee", "shoulder", "hip", "facet", "custom"}) {
      JointPreset p = JointPreset.of(k.toUpperCase(java.util.Locale.ROOT));
      assertEquals(k, p.key());
      assertTrue(p.maxInPlaneAngleDeg() <= ClinicalFigures.IN_PLANE_WARN_ANGLE_DEG);
      assertFalse(p.volumeSource().isBlank());
      assertTrue(p.defaultVolumeMl() >= p.volumeMinMl() && p.defaultVolumeMl() <= p.volumeMaxMl());
      assertTrue(NeedleCatalogue.standard().needles().stream().anyMatch(n -> n.gauge() == p.gauge()
          && n.lengthMm() == p.needleLengthMm()), "default needle in the catalogue: " + k);
    }
    assertTrue(JointPreset.FACET.hasCapacity());
    assertEquals(1.5, JointPreset.FACET.capacityMl(), 0);
  }

  @Test
  void theShortestNeedleWithTheSpareIsChosen() {
    NeedleCatalogue c = NeedleCatalogue.standard();
    assertEquals(38, c.choose(22, 23).lengthMm(), 0);
    assertEquals(50, c.choose(22, 23.01).lengthMm(), 0);
    assertEquals(90, c.choose(22, 60).lengthMm(), 0);
  }
}
