package org.injectplan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.injectplan.image.Mask;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.needle.NeedleCheck;
import org.injectplan.segment.needle.NeedleDetection;
import org.junit.jupiter.api.Test;

/** Planned vs actual on the committed needle sample: one path, the tip in the capsule unknown rather than "no". */
class NeedleWorkflowTest {
  private static final String ID = "knee-us-needle";

  @Test
  void anotherModalityAndAFrameTheScanLacksAreRefusals() throws Exception {
    Plan plan = PlanJson.read(WorkflowSamples.folder(ID).resolve(ID + ".plan.json"));
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      assertEquals(Refusal.Why.MODALITY, NeedleWorkflow.check(plan, xa, 0, null).refusal().orElseThrow().why());
    }
    try (Scan us = ScanLoader.open(WorkflowSamples.dicom(ID))) {
      assertEquals(Refusal.Why.NO_SUCH_FRAME, NeedleWorkflow.check(plan, us, 1, null).refusal().orElseThrow().why());
      Plan fluoroLike = PlanJson.read(WorkflowSamples.folder("spine-ap-xa").resolve("spine-ap-xa.plan.json"));
      assertThrows(IllegalArgumentException.class, () -> NeedleWorkflow.check(fluoroLike, us, 0, null));
    }
  }

  @Test
  void theNeedleIsNeedleChecksAndTheTipIsUnknownWithoutACapsule() throws Exception {
    Path planFile = WorkflowSamples.folder(ID).resolve(ID + ".plan.json");
    Plan plan = PlanJson.read(planFile);
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom(ID))) {
      NeedleOutcome o = NeedleWorkflow.check(plan, scan, 0, null);
      NeedleDetection n = o.needle().orElseThrow();
      NeedleDetection direct = NeedleCheck.check(plan, scan.frame(0), scan.calibration()).orElseThrow();
      assertEquals(direct, n, "NeedleCheck's needle, bone left out");
      assertNull(plan.capsule(), "a reference plan has no capsule outline");
      assertNull(o.tipInCapsule(), "unknown, not false");
      Mask capsule = WorkflowSamples.mask(ID, "capsule");
      NeedleOutcome given = NeedleWorkflow.check(plan, scan, 0, capsule);
      assertEquals(capsule.contains(n.tip().xPx(), n.tip().yPx()), given.tipInCapsule());
    }
  }
}
