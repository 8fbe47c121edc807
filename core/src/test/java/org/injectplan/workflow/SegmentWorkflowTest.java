package org.injectplan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.injectplan.image.Mask;
import org.injectplan.planning.JointPreset;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.CapacityEstimate;
import org.injectplan.segment.Segmentation;
import org.junit.jupiter.api.Test;

/** The capsule volume {@code segment} reports is the plan's visible pocket: one model (issue 12). */
class SegmentWorkflowTest {

  /**
   * On every ultrasound sample, the segmented capsule's volume equals the pocket volume of the
   * plan made on the same segmentation, and of the plan made on the sample's hand capsule mask the
   * segment model of that mask: the same number, not only close.
   */
  @Test
  void segmentsVolumeIsThePlansPocketOnEveryUltrasoundSample() throws Exception {
    List<String> compared = new ArrayList<>();
    for (Path dir : sampleDirs()) {
      String id = dir.getFileName().toString();
      try (Scan scan = ScanLoader.open(WorkflowSamples.dicom(id))) {
        if (!scan.isUltrasound()) {
          continue;
        }
        JointPreset preset = JointPreset.of(id.substring(0, id.indexOf('-')));
        Segmentation seg = new SegmentWorkflow().capsule(scan, 0, Optional.empty()).get();
        double segmentMl = SegmentWorkflow.volume(scan, seg).orElseThrow().volumeMl();
        UsOutcome auto = new UsWorkflow().plan(scan, 0, UsChoices.of(preset), GivenStructures.none());
        assertTrue(auto.isPlanned(), () -> id + ": " + auto.refusal());
        assertEquals(seg.mask(), auto.segmentation().orElseThrow().mask(), id + ": the plan's capsule is segment's");
        assertEquals(segmentMl, auto.result().deposition().pocketVolumeMl(), 0.0, id + " segmented");

        Mask hand = WorkflowSamples.mask(id, "capsule");
        UsOutcome given = new UsWorkflow().plan(scan, 0, UsChoices.of(preset).withFindInImage(false),
            GivenStructures.none().withCapsule(hand));
        assertTrue(given.isPlanned(), () -> id + ": " + given.refusal());
        Segmentation handSeg = new Segmentation(0, Segmentation.Kind.CAPSULE_FLUID, hand, Double.NaN, 1,
            "hand mask");
        assertEquals(SegmentWorkflow.volume(scan, handSeg).orElseThrow().volumeMl(),
            given.result().deposition().pocketVolumeMl(), 0.0, id + " hand mask");
        assertTrue(segmentMl > 0.05 && segmentMl < 50, id + ": " + segmentMl + " mL");
        compared.add(id);
      }
    }
    assertEquals(7, compared.size(), "ultrasound samples compared: " + compared);
  }

  @Test
  void noVolumeWithoutAnUltrasoundCalibration() throws Exception {
    try (Scan xa = ScanLoader.open(WorkflowSamples.dicom("spine-ap-xa"))) {
      Mask square = squareMask(xa);
      Segmentation s = new Segmentation(0, Segmentation.Kind.JOINT_SPACE, square, Double.NaN, 1, "square");
      assertEquals(Optional.<CapacityEstimate>empty(), SegmentWorkflow.volume(xa, s));
    }
  }

  private static Mask squareMask(Scan scan) throws Exception {
    int w = scan.frame(0).getWidth();
    int h = scan.frame(0).getHeight();
    boolean[] in = new boolean[w * h];
    for (int y = 10; y < 20; y++) {
      for (int x = 10; x < 20; x++) {
        in[y * w + x] = true;
      }
    }
    return new Mask(w, h, in);
  }

  private static List<Path> sampleDirs() throws Exception {
    try (Stream<Path> s = Files.list(WorkflowSamples.folder("knee-us").getParent())) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
