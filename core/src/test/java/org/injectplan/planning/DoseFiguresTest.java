package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DoseFiguresTest {
  @Test
  void badDosesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DoseFigures(0, 1, 4, 0.05, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new DoseFigures(1e7, 1.2, 4, 0.05, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new DoseFigures(1e7, 0.9, 0.04, 0.05, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new DoseFigures(1e7, 0.9, 4, 0.05, 1.5));
  }

  @Test
  void cellsByRoute() {
    DoseFigures d = new DoseFigures(5e7, 0.9, 4, 0.1, 0.5);
    assertEquals(1.25e7, d.cellsPerMl(), 1e-3);
    assertEquals(5e7 * 0.9 * 3.9 / 4, d.viableDelivered(), 1e-3);
    assertEquals(5e7 * 0.9 * 0.1 / 4, d.lostInDeadSpace(), 1e-3);
    assertEquals(d.cells() * d.viability(), d.viableDelivered() + d.lostInDeadSpace(), 1e-3);
    assertEquals(d.viableDelivered() * 0.5, d.toCapsule(), 1e-3);
    assertEquals(5e7 * 0.9 * 0.015, d.intravenousPastLungsLow(), 1e-3);
    assertEquals(5e7 * 0.9 * 0.037, d.intravenousPastLungsHigh(), 1e-3);
  }
}
