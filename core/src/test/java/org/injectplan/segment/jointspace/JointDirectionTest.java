package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JointDirectionTest {
  @Test
  void refusesNull() {
    assertThrows(IllegalArgumentException.class, () -> JointDirection.of(null, "F"));
  }

  @Test
  void aFacetJointRunsAlongTheHeadFootAxis() {
    assertEquals(90, JointDirection.of("L", "F").getAsDouble());
    assertEquals(90, JointDirection.of("LP", "H").getAsDouble());
    assertEquals(0, JointDirection.of("F", "R").getAsDouble());
    assertTrue(JointDirection.of("L", "P").isEmpty(), "an axial view has no craniocaudal axis");
    assertTrue(JointDirection.of("", "").isEmpty());
  }
}
