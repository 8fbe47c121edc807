package org.injectplan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.Practice;
import org.injectplan.planning.PracticeScore;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice through the workflow: a scan that is not a sample is refused; a sample is scored as Practice scores it. */
class PracticeWorkflowTest {
  @Test
  void aScanWithoutAReferencePlanIsNotASample(@TempDir Path tmp) throws Exception {
    Path copy = Files.copy(WorkflowSamples.dicom("knee-us"), tmp.resolve("copy.dcm"));
    try (Scan scan = ScanLoader.open(copy)) {
      PracticeWorkflow.Outcome o = PracticeWorkflow.score(scan, new org.injectplan.plan.PixelPoint(300, 200),
          new org.injectplan.plan.PixelPoint(60, 40));
      assertEquals(Refusal.Why.NOT_A_SAMPLE, o.refusal().orElseThrow().why());
      assertTrue(o.refusal().get().reason().startsWith("not a sample: no reference plan copy.plan.json"),
          o.refusal().get().reason());
      assertTrue(o.score().isEmpty());
    }
  }

  @Test
  void theReferencePlansOwnPathScoresAsPracticeScoresIt() throws Exception {
    String id = "knee-us";
    Plan ref = PlanJson.read(WorkflowSamples.folder(id).resolve(id + ".plan.json"));
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom(id))) {
      PracticeWorkflow.Outcome o = PracticeWorkflow.score(scan, ref.target(), ref.entry());
      PracticeScore s = o.score().orElseThrow();
      PracticeScore direct = Practice.score(ref, scan.calibration(), ref.target(), ref.entry(),
          WorkflowSamples.mask(id, "capsule"), Map.of(ref.avoid(), WorkflowSamples.mask(id, "avoid")),
          WorkflowSamples.mask(id, "bone"), true);
      assertEquals(direct, s);
      assertEquals(0, s.targetErrorMm(), 1e-9);
      assertEquals(ref, o.reference());
    }
  }
}
