package org.injectplan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.CArmView;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.FluoroRequest;
import org.injectplan.planning.FluoroTarget;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/** The fluoroscopy workflow on the spine samples, against the chain assembled by hand. */
class FluoroWorkflowTest {
  private static final JointPreset FACET = JointPreset.FACET;

  @Test
  void refusals() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> FluoroChoices.of(null));
    try (Scan us = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      FluoroOutcome o = new FluoroWorkflow().plan(us, 0, FluoroChoices.of(FACET), GivenStructures.none());
      assertEquals(Refusal.Why.MODALITY, o.refusal().orElseThrow().why());
      assertThrows(IllegalStateException.class, o::plan);
    }
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      FluoroOutcome o = new FluoroWorkflow().plan(xa, 0, FluoroChoices.of(FACET).withSecondView(
          WorkflowSamples.dicom("knee-us"), null, null), GivenStructures.none());
      assertEquals(Refusal.Why.SECOND_VIEW, o.refusal().orElseThrow().why(), "a second view that is not fluoroscopy");
      assertTrue(o.refusal().get().reason().contains("not fluoroscopy"), o.refusal().get().reason());
      assertEquals(Refusal.Why.NO_SUCH_FRAME, new FluoroWorkflow().plan(xa, 2, FluoroChoices.of(FACET),
          GivenStructures.none()).refusal().orElseThrow().why());
    }
  }

  @Test
  void aSingleViewIsTheHandAssembledChains() throws Exception {
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      var avoid = Map.of("nerve root", WorkflowSamples.mask("spine-ap-xa", "avoid"));
      FluoroOutcome o = new FluoroWorkflow().plan(xa, 0, FluoroChoices.of(FACET), new GivenStructures(null, avoid,
          null));
      assertTrue(o.isPlanned(), () -> o.refusal().toString());
      FluoroTarget t = FluoroTarget.choose(xa.frame(0), xa.calibration(), 0, null, null, null);
      FluoroRequest req = new FluoroRequest(FACET, CArmView.of(xa.header(), xa.columns(), xa.rows()).orElse(null),
          t.target(), t.jointSpace(), avoid, null, null, InjectionChoices.DEFAULT_CELLS, 1);
      FluoroPlanning.Result byHand = new FluoroPlanning(NeedleCatalogue.standard()).plan(UsWorkflow.reference(xa),
          0, xa.calibration(), req);
      assertEquals(byHand.plan(), o.plan());
      assertEquals(t.target(), o.chosen().target());
      assertFalse(o.plan().depthKnown(), "a single view has no depth");
    }
  }

  @Test
  void aGivenTargetIsKeptAndABiplanePairGivesTheDepth() throws Exception {
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      PixelPoint given = new PixelPoint(220, 236);
      FluoroOutcome one = new FluoroWorkflow().plan(xa, 0, FluoroChoices.of(FACET).withTarget(given),
          GivenStructures.none());
      assertEquals(given, one.plan().target());
      FluoroOutcome two = new FluoroWorkflow().plan(xa, 0, FluoroChoices.of(FACET).withSecondView(
          WorkflowSamples.dicom("spine-lateral-xa"), null, null), GivenStructures.none());
      assertTrue(two.isPlanned(), () -> two.refusal().toString());
      assertTrue(two.plan().triangulation() != null, "triangulated");
    }
  }
}
