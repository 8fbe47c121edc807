package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeScoreTest {
  @Test
  void eachThresholdFailsOnItsOwn() {
    assertTrue(PracticeScore.judge(3.0, true, 25, 10, 30, 5, List.of(), 0.8, 1).passed(), "at every limit");
    assertFalse(PracticeScore.judge(3.01, true, 25, 0, 30, 5, List.of(), 1, 1).passed());
    assertFalse(PracticeScore.judge(0, false, 25, 0, 30, 5, List.of(), 1, 1).passed());
    assertFalse(PracticeScore.judge(0, true, 25, -10.1, 30, 5, List.of(), 1, 1).passed());
    assertFalse(PracticeScore.judge(0, true, 31, 5, 30, 5, List.of(), 1, 1).passed());
    assertFalse(PracticeScore.judge(0, true, 25, 0, 30, 1, List.of("artery"), 1, 1).passed());
    assertFalse(PracticeScore.judge(0, true, 25, 0, 30, 5, List.of(), 0.79, 1).passed());
    assertTrue(PracticeScore.judge(0, true, Double.NaN, Double.NaN, 30, 5, List.of(), 1, 1).passed(),
        "fluoroscopy: no angle to compare");
    assertEquals(6, PracticeScore.judge(9, false, 50, 20, 30, 0, List.of("nerve"), 0, 1).reasons().size());
  }
}
