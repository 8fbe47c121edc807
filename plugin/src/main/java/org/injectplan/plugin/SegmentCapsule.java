package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.injectplan.scan.Scan;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.workflow.SegmentWorkflow;

/**
 * Plugins &gt; Injection Planner &gt; Segment Capsule: on ultrasound the capsule's fluid (a point
 * selection is the click inside the recess, else automatic), on every frame of a cine (with
 * ImageJ's progress bar), each frame's contour in the overlay as {@code capsule}; on fluoroscopy
 * the joint space with its centre line and candidate targets (the core's detector finds it on
 * the oblique facet view; elsewhere it says it did not). It segments the image as shown: its pixels
 * (filtered, converted: as they are) and its calibration ({@link ScanImage#open}); an image no
 * longer of its scan's size is refused. Area, centroid and confidence go to our own table
 * ({@value Tables#SEGMENTATION}), one row a frame; "no capsule found" is a message with the
 * reason, never a mask.
 */
public class SegmentCapsule implements PlugIn {
  static final String CAPSULE = "capsule";
  static final String JOINT_SPACE = "joint space";
  static final String CENTRE_LINE = "joint space centre line";
  static final String TARGETS = "joint space targets";
  static final String AREA_MM2 = "Area (mm\u00b2)";
  static final String AREA_PX2 = "Area (px\u00b2)";

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    Commands.run("Segment Capsule", () -> {
      List<SegmentOutcome> found = segment(imp, seed(imp.getRoi()), (done, total) -> IJ.showProgress(done, total));
      imp.deleteRoi();
      Tables.show(results(imp, found), Tables.SEGMENTATION);
      imp.updateAndDraw();
      refusal(imp, found).ifPresent(r -> {
        throw new IllegalArgumentException(r); // a dialog, and a running macro stops
      });
      found.stream().filter(o -> !o.isFound()).findFirst().ifPresent(o -> Commands.message("Segment Capsule",
          "no capsule found on frame " + (found.indexOf(o) + 1) + " (and " + (found.stream()
              .filter(x -> !x.isFound()).count() - 1) + " other frames): " + o.reason()));
    });
  }

  /** When nothing was found on any frame: the refusal, with the reason and what to try. */
  static Optional<String> refusal(ImagePlus imp, List<SegmentOutcome> found) {
    if (found.stream().anyMatch(SegmentOutcome::isFound) || found.isEmpty()) {
      return Optional.empty();
    }
    String where = found.size() == 1 ? "" : " on any of the " + found.size() + " frames";
    return Optional.of(imp.getTitle() + ": no capsule found" + where + ": " + found.get(0).reason()
        + " (click inside the recess with the point tool and run Segment Capsule again)");
  }

  /** The point selection's position, the click inside the recess. */
  static Optional<double[]> seed(Roi roi) {
    if (roi instanceof PointRoi p && p.size() >= 1) {
      ij.process.FloatPolygon fp = p.getFloatPolygon();
      return Optional.of(new double[] {fp.xpoints[0], fp.ypoints[0]});
    }
    return Optional.empty();
  }

  /**
   * Segments the image's scan: every frame on ultrasound (one outcome a frame), the current frame
   * on fluoroscopy; draws what was found in the overlay, replacing an earlier segmentation.
   */
  public static List<SegmentOutcome> segment(ImagePlus imp, Optional<double[]> seedPx, ProgressListener progress)
      throws Exception {
    try (Scan scan = ScanImage.open(imp)) {
      Tables.showWarnings(imp.getTitle(), scan.calibration().implausibility().stream().toList());
      SegmentWorkflow workflow = new SegmentWorkflow();
      if (scan.isUltrasound()) {
        List<SegmentOutcome> all = workflow.cine(scan, seedPx, progress).frames();
        drawCapsules(imp, all);
        return all;
      }
      int f = ScanImage.frame(imp);
      JointSpaceDetector.Result r = workflow.jointSpace(scan, f, seedPx);
      drawJointSpace(imp, r, f);
      return List.of(r.outcome());
    }
  }

  private static void drawCapsules(ImagePlus imp, List<SegmentOutcome> all) {
    PlanOverlay.replace(imp, CAPSULE, List.of(), 0);
    for (SegmentOutcome o : all) {
      if (o.isFound()) {
        Roi r = MaskRois.roi(o.get().mask());
        if (r != null) {
          PlanOverlay.add(imp, PlanOverlay.styled(r, CAPSULE, PlanOverlay.CAPSULE, 1),
              all.size() > 1 ? o.get().frame() + 1 : 0);
        }
      }
    }
  }

  private static void drawJointSpace(ImagePlus imp, JointSpaceDetector.Result r, int frame) {
    List<Roi> rois = new ArrayList<>();
    if (r.outcome().isFound()) {
      Roi mask = MaskRois.roi(r.outcome().get().mask());
      if (mask != null) {
        rois.add(PlanOverlay.styled(mask, JOINT_SPACE, PlanOverlay.CAPSULE, 1));
      }
      if (r.centreLinePx().size() >= 2) {
        rois.add(PlanOverlay.styled(polyline(r.centreLinePx()), CENTRE_LINE, Color.YELLOW, 1));
      }
      if (!r.targetsPx().isEmpty()) {
        PointRoi t = new PointRoi();
        r.targetsPx().forEach(p -> t.addPoint(p[0], p[1]));
        rois.add(PlanOverlay.styled(t, TARGETS, PlanOverlay.TRAJECTORY, 1));
      }
    }
    PlanOverlay.replace(imp, JOINT_SPACE, rois, imp.getStackSize() > 1 ? frame + 1 : 0);
  }

  private static PolygonRoi polyline(List<double[]> pts) {
    float[] xs = new float[pts.size()];
    float[] ys = new float[pts.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = (float) pts.get(i)[0];
      ys[i] = (float) pts.get(i)[1];
    }
    return new PolygonRoi(xs, ys, Roi.POLYLINE);
  }

  /**
   * One row a frame (numbered from 1, as ImageJ numbers slices): frame, kind, area (mm², and px²),
   * centroid, confidence, how, and the calibration in words.
   */
  static ResultsTable results(ImagePlus imp, List<SegmentOutcome> all) throws Exception {
    ResultsTable rt = Tables.create();
    org.injectplan.scan.Calibration cal = calibration(imp);
    boolean mm = cal.isCalibrated();
    String calibration = cal.source().describe();
    for (int i = 0; i < all.size(); i++) {
      SegmentOutcome o = all.get(i);
      rt.incrementCounter();
      rt.addLabel(imp.getTitle());
      rt.addValue("Frame", 1 + (o.isFound() ? o.get().frame() : all.size() > 1 ? i : ScanImage.frame(imp)));
      rt.addValue("Found", o.isFound() ? "yes" : "no capsule found: " + o.reason());
      if (o.isFound()) {
        Segmentation s = o.get();
        rt.addValue("Kind", s.kind() == Segmentation.Kind.CAPSULE_FLUID ? "capsule fluid" : "joint space");
        if (mm) {
          rt.addValue(AREA_MM2, s.areaMm2());
        }
        rt.addValue(AREA_PX2, s.areaPx());
        rt.addValue("Centroid X (px)", s.centroidPx()[0]);
        rt.addValue("Centroid Y (px)", s.centroidPx()[1]);
        rt.addValue("Confidence", s.confidence());
        rt.addValue("How", s.how());
      }
      rt.addValue("Calibration", calibration);
    }
    return rt;
  }

  /** The image's calibration as shown (its scan's, or one set in ImageJ; not from the Info text). */
  static org.injectplan.scan.Calibration calibration(ImagePlus imp) throws Exception {
    try (Scan scan = ScanImage.open(imp)) {
      return scan.calibration();
    }
  }
}
