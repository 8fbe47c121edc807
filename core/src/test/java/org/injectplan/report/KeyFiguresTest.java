package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.injectplan.plan.TestPlans;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {
  static Map<String, KeyFigure> byLabel(List<KeyFigure> figures) {
    return figures.stream().collect(Collectors.toMap(KeyFigure::label, f -> f));
  }

  @Test
  void refusesAFigureWithoutValue() {
    assertThrows(IllegalArgumentException.class, () -> new KeyFigure("Depth", "", "x"));
    assertThrows(IllegalArgumentException.class, () -> new KeyFigure("", "1 mm", "x"));
  }

  @Test
  void calibratedFiguresCarryMillimetresAndTheirSource() throws Exception {
    var plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    Map<String, KeyFigure> f = byLabel(KeyFigures.of(plan));
    assertEquals(KeyFigures.mm(plan.depthMm()), f.get("Target depth").value());
    assertEquals("ultrasound region (0018,6011)", f.get("Target depth").basis());
    assertEquals(KeyFigures.cells(2.5e7 * plan.deposition().fractionInCapsule()),
        f.get("Cells delivered in capsule").value(), "2.5e7 x the fraction in the capsule");
    assertEquals("3.8 × 10^5 cells – 9.3 × 10^5 cells past the lungs", f.get("Intravenous comparison").value(),
        "2.5e7 x 1.5% and x 3.7%");
    assertTrue(f.get("Intravenous comparison").basis().contains("animal studies"));
  }

  @Test
  void uncalibratedFiguresAreInPixelsNeverMillimetres() throws Exception {
    var plan = TestPlans.on(TestPlans.corpus(TestPlans.XA_UNCALIBRATED));
    Map<String, KeyFigure> f = byLabel(KeyFigures.of(plan));
    double depthPx = Math.abs(plan.target().yPx() - plan.entry().yPx());
    assertEquals(KeyFigures.px(depthPx), f.get("Target depth").value());
    assertEquals(KeyFigures.px(plan.entry().distancePx(plan.target())), f.get("Path length").value());
    assertFalse(f.get("Minimum clearance").value().endsWith("mm"));
    assertFalse(f.containsKey("Bolus radius"));
  }

  @Test
  void cellCountsAreWrittenInScientificNotation() {
    assertEquals("950 cells", KeyFigures.cells(950));
    assertEquals("2.0 × 10^6 cells", KeyFigures.cells(2e6));
    assertEquals("1.0 × 10^8 cells", KeyFigures.cells(1e8));
  }
}
