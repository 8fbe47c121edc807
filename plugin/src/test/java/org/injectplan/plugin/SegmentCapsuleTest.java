package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.injectplan.image.Mask;
import org.injectplan.scan.Scan;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.junit.jupiter.api.Test;

/** Segment Capsule through its static method and through the recorded macro, on the samples. */
class SegmentCapsuleTest {

  @Test
  void refusesAnImageThatDoesNotComeFromAScan() {
    ImagePlus blank = IJ.createImage("blank", "8-bit black", 64, 64, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentCapsule.segment(blank, Optional.empty(), ProgressListener.NONE));
    assertTrue(e.getMessage().contains("Open Scan"), e.getMessage());
  }

  @Test
  void theAutomaticCapsuleIsTheCoresAndItsOutlineIsTheSameMask() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    List<SegmentOutcome> found = SegmentCapsule.segment(imp, Optional.empty(), ProgressListener.NONE);
    assertEquals(1, found.size());
    Segmentation s = found.get(0).get();
    try (Scan scan = ScanImage.open(imp)) {
      Segmentation core = new CapsuleSegmenter(CapsuleParams.DEFAULTS).segment(scan.frame(0), scan.calibration(), 0,
          Optional.empty()).get();
      assertEquals(core.mask(), s.mask());
    }
    Roi drawn = PlanOverlay.named(imp, SegmentCapsule.CAPSULE).get(0);
    Mask back = MaskRois.mask(drawn, imp.getWidth(), imp.getHeight());
    assertEquals(s.areaPx(), back.count(), "the overlay outline holds exactly the segmented pixels");
    Mask truth = SampleFiles.mask(ScanImage.scanFile(imp), "capsule", 0);
    assertTrue(truth.contains(s.centroidPx()[0], s.centroidPx()[1]), "the centroid lies in the true capsule");
  }

  @Test
  void thePixelsSegmentedAreTheImagesAsShownNotTheFilesAgain() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    CapsuleSegmenter core = new CapsuleSegmenter(CapsuleParams.DEFAULTS);
    SegmentOutcome onFile;
    try (Scan scan = org.injectplan.scan.ScanLoader.open(ScanImage.scanFile(imp))) {
      onFile = core.segment(scan.frame(0), scan.calibration(), 0, Optional.empty());
    }
    imp.getProcessor().translate(12, 0); // a filter: the capsule moves 12 px right
    ij.process.ImageProcessor shown = imp.getProcessor().duplicate();
    SegmentOutcome plugin = SegmentCapsule.segment(imp, Optional.empty(), ProgressListener.NONE).get(0);
    try (Scan scan = org.injectplan.scan.ScanLoader.open(ScanImage.scanFile(imp))) {
      SegmentOutcome onShown = core.segment(shown, scan.calibration(), 0, Optional.empty());
      assertEquals(onShown.isFound(), plugin.isFound(), onShown.reason() + " / " + plugin.reason());
      assertTrue(onFile.isFound());
      if (plugin.isFound()) {
        assertEquals(onShown.get().mask(), plugin.get().mask(), "the core segmenter on the pixels shown");
        assertFalse(onFile.get().mask().equals(plugin.get().mask()), "not the file's pixels again");
      }
    }
  }

  @Test
  void theResultsTableCarriesAreaInSquareMillimetresCentroidAndConfidence() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    List<SegmentOutcome> found = SegmentCapsule.segment(imp, Optional.empty(), ProgressListener.NONE);
    ResultsTable rt = SegmentCapsule.results(imp, found);
    Segmentation s = found.get(0).get();
    assertEquals(s.areaMm2(), rt.getValue(SegmentCapsule.AREA_MM2, 0), 1e-9);
    assertEquals(s.areaPx() * 0.09 * 0.09, rt.getValue(SegmentCapsule.AREA_MM2, 0), 1e-6, "0.09 mm pixels");
    assertEquals(s.confidence(), rt.getValue("Confidence", 0), 1e-12);
    assertEquals("ultrasound region (0018,6011)", rt.getStringValue("Calibration", 0));
    assertEquals("capsule fluid", rt.getStringValue("Kind", 0));
    assertEquals(1, rt.getValue("Frame", 0), 0, "the first slice is frame 1");
    assertEquals(s.areaPx(), rt.getValue(SegmentCapsule.AREA_PX2, 0), 1e-9);
  }

  @Test
  void aClickFarFromFluidFindsNothingAndSaysWhy() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    int[] region = {52, 40, 591, 456};
    List<SegmentOutcome> found = SegmentCapsule.segment(imp, Optional.of(new double[] {region[2] - 3, region[3] - 3}),
        ProgressListener.NONE);
    assertFalse(found.get(0).isFound());
    assertFalse(found.get(0).reason().isBlank());
    assertTrue(PlanOverlay.named(imp, SegmentCapsule.CAPSULE).isEmpty(), "no mask is drawn for a miss");
    assertEquals("no", SegmentCapsule.results(imp, found).getStringValue("Found", 0).substring(0, 2));
  }

  @Test
  void aPointSelectionIsTheSeed() {
    PointRoi p = new PointRoi(120.5, 80.5);
    assertEquals(120.5, SegmentCapsule.seed(p).orElseThrow()[0], 1e-6);
    assertTrue(SegmentCapsule.seed(new Roi(1, 1, 5, 5)).isEmpty());
  }

  @Test
  void aCineIsSegmentedFrameByFrameWithProgress() throws Exception {
    ImagePlus imp = OpenSample.open("knee-cine");
    AtomicInteger last = new AtomicInteger();
    List<SegmentOutcome> all = SegmentCapsule.segment(imp, Optional.empty(), (done, total) -> {
      assertEquals(12, total);
      last.set(done);
    });
    assertEquals(12, all.size());
    assertEquals(12, last.get(), "progress reached the last frame");
    long found = all.stream().filter(SegmentOutcome::isFound).count();
    assertEquals(found, PlanOverlay.named(imp, SegmentCapsule.CAPSULE).size());
    assertTrue(found >= 10, found + " of 12 frames found");
    assertTrue(PlanOverlay.named(imp, SegmentCapsule.CAPSULE).stream().allMatch(r -> r.getPosition() >= 1));
  }

  @Test
  void onTheObliqueFacetViewTheJointSpaceIsFound() throws Exception {
    ImagePlus imp = OpenSample.open("facet-oblique-xa");
    List<SegmentOutcome> found = SegmentCapsule.segment(imp, Optional.empty(), ProgressListener.NONE);
    assertEquals(Segmentation.Kind.JOINT_SPACE, found.get(0).get().kind());
    assertEquals(1, PlanOverlay.named(imp, SegmentCapsule.JOINT_SPACE + "").stream()
        .filter(r -> SegmentCapsule.JOINT_SPACE.equals(r.getName())).count());
  }

  @Test
  void theRecordedMacroGivesTheSameArea() throws Exception {
    ImagePlus imp = OpenSample.open("shoulder-us");
    double area = SegmentCapsule.segment(imp, Optional.empty(), ProgressListener.NONE).get(0).get().areaMm2();
    HeadlessImageJ.run("run(\"Open Sample...\", \"sample=shoulder-us\");\nrun(\"Segment Capsule\");");
    assertEquals(area, ResultsTable.getResultsTable().getValue(SegmentCapsule.AREA_MM2, 0), 1e-9);
  }
}
