package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ShortProcessor;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.segment.jointspace.FacetPhantom;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;
import org.junit.jupiter.api.Test;

/** The fluoroscopy target and joint space: given ones kept, else the detector's, on a drawn phantom. */
class FluoroTargetTest {
  private static final Calibration CAL = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.3, 0.3, "test");


  @Test
  void refusesBadInput() {
    ShortProcessor f = FacetPhantom.facet(1, true);
    assertThrows(IllegalArgumentException.class, () -> FluoroTarget.choose(null, CAL, 0, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> FluoroTarget.choose(f, null, 0, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> FluoroTarget.choose(f, CAL, 0, null, null, Mask.empty(10, 10)));
    assertThrows(IllegalArgumentException.class,
        () -> FluoroTarget.choose(f, CAL, 0, null, new PixelPoint(-3, 5), null));
  }

  @Test
  void withoutATargetTheDetectorsFirstCandidateAndBandAreTaken() {
    ShortProcessor f = FacetPhantom.facet(3, true);
    JointSpaceDetector.Result d = new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(f, CAL, 0,
        Optional.empty());
    assertTrue(d.outcome().isFound(), "the phantom's gap is a joint space: " + d.outcome().reason());
    FluoroTarget t = FluoroTarget.choose(f, CAL, 0, null, null, null);
    assertTrue(t.hasTarget());
    assertEquals(new PixelPoint(d.targetsPx().get(0)[0], d.targetsPx().get(0)[1]), t.target());
    assertArrayEquals(d.outcome().get().mask().inside(), maskPixels(t.jointSpace()));
    assertEquals(d.outcome().reason(), t.reason());
  }

  @Test
  void aGivenTargetAndJointSpaceAreKept() {
    ShortProcessor f = FacetPhantom.facet(3, true);
    Mask given = Mask.empty(200, 200);
    FluoroTarget t = FluoroTarget.choose(f, CAL, 0, new PixelPoint(100.5, 90.5), null, given);
    assertEquals(new PixelPoint(100.5, 90.5), t.target());
    assertSame(given, t.jointSpace());
  }

  @Test
  void withoutAJointSpaceThereIsNoTargetAndTheReasonIsSaid() {
    ShortProcessor flat = new ShortProcessor(200, 200);
    flat.set(3000);
    FluoroTarget t = FluoroTarget.choose(flat, CAL, 0, null, null, null);
    assertFalse(t.hasTarget());
    assertNull(t.jointSpace());
    assertEquals(new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(flat, CAL, 0, Optional.empty()).outcome()
        .reason(), t.reason());
    assertFalse(t.reason().isBlank());
  }

  private static boolean[] maskPixels(Mask m) {
    boolean[] in = new boolean[m.width() * m.height()];
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        in[y * m.width() + x] = m.get(x, y);
      }
    }
    return in;
  }
}
