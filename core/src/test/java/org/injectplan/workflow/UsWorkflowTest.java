package org.injectplan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.Plan;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.planning.PlanParams;
import org.injectplan.planning.UsPlanner;
import org.injectplan.planning.UsRequest;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.structures.StructureFinder;
import org.junit.jupiter.api.Test;

/** The ultrasound workflow on the knee sample, against the chain assembled by hand as the front ends did. */
class UsWorkflowTest {
  private static final JointPreset KNEE = JointPreset.KNEE;

  @Test
  void badChoicesAreRefusedNamingTheValue() {
    assertThrows(IllegalArgumentException.class, () -> UsChoices.of(null));
    UsChoices c = UsChoices.of(KNEE);
    assertThrows(IllegalArgumentException.class, () -> c.withSide(null));
    assertThrows(IllegalArgumentException.class, () -> c.withInjection(null));
    InjectionChoices i = new InjectionChoices(2.5, 2e7, 0.9);
    assertEquals(i, c.withInjection(i).injection(), "the copy has the choice");
    assertEquals(InjectionChoices.DEFAULTS, c.injection(), "the original is unchanged");
    assertNull(c.injection().volumeMl());
  }

  @Test
  void anInjectionOutOfRangeIsRefusedWhenPlannedNamingTheValue() throws Exception {
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      GivenStructures given = GivenStructures.none().withCapsule(WorkflowSamples.mask("knee-us", "capsule"));
      for (InjectionChoices bad : new InjectionChoices[] {new InjectionChoices(0.0, 5e7, 1),
          new InjectionChoices(null, -1, 1), new InjectionChoices(null, 5e7, 1.5)}) {
        UsChoices c = UsChoices.of(KNEE).withFindInImage(false).withInjection(bad);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new UsWorkflow().plan(scan, 0, c, given));
        assertTrue(e.getMessage().matches("(volumeMl|cells|viability) must be .*"), e.getMessage());
      }
    }
  }

  @Test
  void aFrameTheScanLacksAndAnotherModalityAreRefusals() throws Exception {
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      UsOutcome o = new UsWorkflow().plan(scan, 3, UsChoices.of(KNEE), GivenStructures.none());
      assertFalse(o.isPlanned());
      assertEquals(Refusal.Why.NO_SUCH_FRAME, o.refusal().orElseThrow().why());
      assertTrue(o.refusal().get().message().startsWith(scan.file() + ": frame 3 does not exist"), o.refusal().get()
          .message());
      assertThrows(IllegalStateException.class, o::plan);
    }
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      UsOutcome o = new UsWorkflow().plan(xa, 0, UsChoices.of(KNEE), GivenStructures.none());
      assertEquals(Refusal.Why.MODALITY, o.refusal().orElseThrow().why());
    }
  }

  @Test
  void automaticPlanIsTheHandAssembledChains() throws Exception {
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      Map<String, Mask> avoid = Map.of("artery", WorkflowSamples.mask("knee-us", "avoid"));
      UsOutcome o = new UsWorkflow().plan(scan, 0, UsChoices.of(KNEE), new GivenStructures(null, avoid, null));
      assertTrue(o.isPlanned(), () -> o.refusal().toString());
      assertTrue(o.segmentation().isPresent(), "segmented, not given");
      assertTrue(o.found().isPresent(), "bone and vessels looked for");
      Mask capsule = new CapsuleSegmenter(CapsuleParams.DEFAULTS).segment(scan.frame(0), scan.calibration(), 0,
          Optional.empty()).get().mask();
      UsRequest req = UsRequest.of(KNEE, capsule, avoid, null).withFound(StructureFinder.find(scan.frame(0),
          scan.calibration(), capsule));
      Plan byHand = new UsPlanner(NeedleCatalogue.standard()).plan(UsWorkflow.reference(scan), 0, scan.calibration(),
          req).plan();
      assertEquals(byHand, o.plan());
    }
  }

  @Test
  void aGivenCapsuleIsNotSegmentedAndFindingCanBeTurnedOff() throws Exception {
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      Mask capsule = WorkflowSamples.mask("knee-us", "capsule");
      UsOutcome o = new UsWorkflow().plan(scan, 0, UsChoices.of(KNEE).withFindInImage(false),
          GivenStructures.none().withCapsule(capsule).withBone(WorkflowSamples.mask("knee-us", "bone")));
      assertTrue(o.isPlanned(), () -> o.refusal().toString());
      assertTrue(o.segmentation().isEmpty());
      assertTrue(o.found().isEmpty());
      assertEquals(capsule, o.capsule());
      assertTrue(capsule.get((int) o.plan().target().xPx(), (int) o.plan().target().yPx()), "target in the capsule");
    }
  }

  @Test
  void thePlannersRefusalKeepsTheSegmentation() throws Exception {
    try (Scan scan = ScanLoader.open(WorkflowSamples.dicom("knee-us"))) {
      Mask everywhere = new Mask(scan.columns(), scan.rows(), filled(scan.columns() * scan.rows()));
      UsChoices c = UsChoices.of(KNEE).withParams(new PlanParams(5, 2, 2)).withFindInImage(false);
      UsOutcome o = new UsWorkflow().plan(scan, 0, c, GivenStructures.none().withAvoid(Map.of("all", everywhere)));
      assertEquals(Refusal.Why.PLANNER, o.refusal().orElseThrow().why());
      assertNull(o.refusal().get().subject());
      assertTrue(o.refusal().get().message().startsWith("no in-plane path"), o.refusal().get().message());
      assertTrue(o.segmentation().isPresent(), "what it planned on is kept");
    }
  }

  private static boolean[] filled(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }
}
