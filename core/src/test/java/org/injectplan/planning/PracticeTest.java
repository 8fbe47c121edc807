package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.ScanReference;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

class PracticeTest {
  private static final Calibration CAL = Calibration.uniform(CalibrationSource.MANUAL, 0.1, 0.1, "test");
  private static final Mask CAPSULE = Scenes.disc(400, 300, 200.5, 120.5, 40);
  private static final Mask VESSEL = Scenes.disc(400, 300, 100, 60, 12);

  private static Plan reference() {
    UsRequest req = new UsRequest(JointPreset.KNEE, PlanParams.of(JointPreset.KNEE), CAPSULE,
        Map.of("artery", VESSEL), null, null, null, Side.EITHER, 1.0, 5e7, 1);
    return new UsPlanner(NeedleCatalogue.standard()).plan(new ScanReference("s.dcm", "1.2", "1.3"), 0, CAL, req)
        .plan();
  }

  @Test
  void uncalibratedSamplesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Practice.score(reference(), Calibration.none("x", List.of()),
        new PixelPoint(200, 120), new PixelPoint(0, 0), CAPSULE, Map.of(), null, true));
  }

  @Test
  void theSampleMaskIsTheCapsuleOnUltrasoundAndTheJointRegionOnFluoroscopy() {
    assertEquals("capsule", Practice.sampleMaskKind(true));
    assertEquals("joint-region", Practice.sampleMaskKind(false));
  }

  @Test
  void theReferenceItselfPassesAndACrossingFails() {
    Plan ref = reference();
    PracticeScore same = Practice.score(ref, CAL, ref.target(), ref.entry(), CAPSULE, Map.of("artery", VESSEL), null,
        true);
    assertTrue(same.passed(), same.reasons().toString());
    assertEquals(0, same.targetErrorMm(), 1e-12);
    assertEquals(0, same.angleDiffDeg(), 1e-9);
    PracticeScore through = Practice.score(ref, CAL, ref.target(), new PixelPoint(40, 0), CAPSULE,
        Map.of("artery", VESSEL), null, true);
    assertFalse(through.passed());
    assertEquals(List.of("artery"), through.crossed());
    PracticeScore off = Practice.score(ref, CAL, new PixelPoint(ref.target().xPx() + 35, ref.target().yPx()),
        ref.entry(), CAPSULE, Map.of("artery", VESSEL), null, true);
    assertEquals(3.5, off.targetErrorMm(), 1e-9);
    assertFalse(off.passed());
  }

  @Test
  void onFluoroscopyOnlyATargetInsideAStructureCrossesIt() {
    Plan ref = reference();
    Mask bone = Scenes.box(400, 300, 0, 0, 399, 299);
    PixelPoint nearVessel = new PixelPoint(100, 60 + 13);
    PracticeScore near = Practice.score(ref, CAL, nearVessel, nearVessel, CAPSULE, Map.of("artery", VESSEL), bone,
        false);
    assertTrue(near.crossed().isEmpty(), near.crossed().toString());
    PixelPoint inVessel = new PixelPoint(100.5, 60.5);
    PracticeScore in = Practice.score(ref, CAL, inVessel, inVessel, CAPSULE, Map.of("artery", VESSEL), bone, false);
    assertEquals(List.of("artery"), in.crossed());
    assertTrue(Double.isNaN(in.angleDiffDeg()));
  }
}
