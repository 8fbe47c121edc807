package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.injectplan.planning.JointPreset;
import org.injectplan.planning.Side;
import org.junit.jupiter.api.Test;

/** The Plan Trajectory dialog's choices are checked before any planning. */
class PlanChoicesTest {

  @Test
  void badValuesAreRefusedNamingThem() {
    assertThrows(IllegalArgumentException.class, () -> PlanChoices.of("elbow"));
    assertThrows(IllegalArgumentException.class, () -> new PlanChoices("knee", -1.0, 5e7, null, 2, Side.EITHER));
    assertThrows(IllegalArgumentException.class, () -> new PlanChoices("knee", null, 0, null, 2, Side.EITHER));
    assertThrows(IllegalArgumentException.class, () -> new PlanChoices("knee", null, 5e7, 60.0, 2, Side.EITHER));
    assertThrows(IllegalArgumentException.class, () -> new PlanChoices("knee", null, 5e7, null, -2, Side.EITHER));
    assertThrows(IllegalArgumentException.class, () -> new PlanChoices("knee", null, 5e7, null, 2, null));
  }

  @Test
  void theJointsDefaultsFillWhatIsNotGiven() {
    PlanChoices c = PlanChoices.of("hip");
    assertEquals(JointPreset.HIP, c.preset());
    assertEquals(JointPreset.HIP.maxInPlaneAngleDeg(), c.params().maxAngleDeg(), 0);
    assertEquals(25, new PlanChoices("hip", 3.0, 1e7, 25.0, 3, Side.LEFT).params().maxAngleDeg(), 0);
  }

  @Test
  void structuresFoundInTheImageAreAvoidedUnlessTurnedOff() {
    assertTrue(PlanChoices.of("knee").find(), "on by default, as the command line's plan without --no-find");
    assertTrue(new PlanChoices("knee", null, 5e7, null, 2, Side.EITHER).find());
    PlanChoices off = PlanChoices.of("knee").withFind(false);
    assertFalse(off.find());
    assertEquals(PlanChoices.of("knee"), off.withFind(true));
    assertEquals(JointPreset.FACET, PlanChoices.of("facet").preset(), "facet is offered for fluoroscopy");
  }
}
