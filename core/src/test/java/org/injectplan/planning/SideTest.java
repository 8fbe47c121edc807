package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SideTest {
  @Test
  void parsesTheThreeNamesOnly() {
    assertThrows(IllegalArgumentException.class, () -> Side.of("up"));
    assertThrows(IllegalArgumentException.class, () -> Side.of(""));
    assertEquals(Side.LEFT, Side.of(" Left "));
    assertEquals(Side.RIGHT, Side.of("RIGHT"));
    assertEquals(Side.EITHER, Side.of("either"));
  }
}
