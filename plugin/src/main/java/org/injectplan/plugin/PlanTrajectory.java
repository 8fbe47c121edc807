package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.planning.PlanningResult;
import org.injectplan.planning.Side;
import org.injectplan.scan.Scan;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.Refusal;
import org.injectplan.workflow.UsChoices;
import org.injectplan.workflow.UsOutcome;
import org.injectplan.workflow.UsWorkflow;

/**
 * Plugins &gt; Injection Planner &gt; Plan Trajectory...: the plan on the current frame, as the
 * command line's {@code plan} makes it (core {@link UsWorkflow}, {@link
 * org.injectplan.workflow.FluoroWorkflow}). On ultrasound, in-plane: the capsule is the frame's
 * {@code capsule} overlay element (Segment Capsule), else found automatically; a point selection
 * is the target, a line selection runs from the entry to the target (both kept, only checked);
 * the structures to avoid come from the overlay and the ROI Manager ({@link Structures}) and,
 * unless turned off, from the image itself (bone with its shadow and vessels, named
 * {@code ... (found in the image)}). On fluoroscopy, down the beam ({@link FluoroTrajectory}).
 * The plan is drawn ({@link PlanOverlay}), its figures go to the Results table
 * ({@link PlanTable}) and it is kept on the image for Export Plan, Check Needle and Practice.
 * Moving the ends of the line replans from the moved points: at once in a window
 * ({@link LiveReplan}), or by running the command again (macros, headless).
 */
public class PlanTrajectory implements PlugIn {

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    String joint = ScanImage.sample(imp).map(PlanTrajectory::sampleJoint).orElse("custom");
    MacroDialog d = new MacroDialog("Plan Trajectory");
    d.addChoice("Joint:", PlanChoices.JOINTS, joint);
    double[] defaults = PlanChoices.defaults(joint);
    d.addNumber("Volume (mL):", defaults[0], 1);
    d.addNumber("Cells in the syringe:", PlanChoices.DEFAULT_CELLS, 0, 12);
    d.addNumber("Maximum angle (deg):", defaults[1], 1);
    d.addNumber("Clearance (mm, least from structures to avoid):", PlanChoices.of(joint).minClearanceMm(), 1);
    d.addChoice("Side (the needle comes from):", new String[] {"either", "left", "right"}, "either");
    d.addCheckbox("Find bone and vessels in the image", true);
    d.addMessage("Volume and angle start at the joint's defaults. Target: a point selection; entry and target:\n"
        + "a line from the entry to the target. Fluoroscopy: down the beam, from a point on the target.");
    d.onChoice(0, new int[] {0, 2}, PlanChoices::defaults);
    if (!d.show()) {
      return;
    }
    Commands.run("Plan Trajectory", () -> {
      String j = d.nextChoice();
      double[] jointDefaults = PlanChoices.defaults(j);
      double v = d.nextNumberOr(jointDefaults[0]);
      double cells = d.nextNumber();
      double angle = d.nextNumberOr(jointDefaults[1]);
      double clearance = d.nextNumber();
      PlanChoices c = new PlanChoices(j, v > 0 ? v : null, cells, angle > 0 ? angle : null, clearance,
          Side.of(d.nextChoice()), d.nextBoolean());
      PixelPoint[] te = userPoints(imp.getRoi());
      Plan p = plan(imp, c, te[0], te[1]);
      PlanTable.show(imp, p);
      select(imp, p);
      imp.updateAndDraw();
      status(p);
      if (imp.getWindow() != null) {
        LiveReplan.watch(imp, c); // moving the line now replans at once
      }
    });
  }

  /**
   * Leaves the plan's entry to target as the line selection, drawn like the trajectory, so that
   * dragging either end replans ({@link LiveReplan}).
   */
  static void select(ImagePlus imp, Plan p) {
    Line line = new Line(p.entry().xPx(), p.entry().yPx(), p.target().xPx(), p.target().yPx());
    boolean crosses = !org.injectplan.report.PathCrossings.crossedStructures(p).isEmpty();
    line.setStrokeColor(crosses ? PlanOverlay.CROSSING : PlanOverlay.TRAJECTORY);
    line.setStrokeWidth(PlanOverlay.TRAJECTORY_WIDTH);
    imp.setRoi(line);
  }

  /** The status bar: the figures, or the structures the path goes through. */
  static void status(Plan p) {
    java.util.List<String> crossed = org.injectplan.report.PathCrossings.crossedStructures(p);
    IJ.showStatus(crossed.isEmpty() ? String.format(java.util.Locale.ROOT, "Plan Trajectory: %.1f deg, %d warnings",
        p.angleDeg(), p.warnings().size()) : "Plan Trajectory: the path crosses " + String.join(", ", crossed)
        + ": not a safe path");
  }

  /** {target, entry} of the selection: a point is the target, a line runs entry to target; nulls otherwise. */
  static PixelPoint[] userPoints(Roi roi) {
    if (roi instanceof Line l) {
      return new PixelPoint[] {new PixelPoint(l.x2d, l.y2d), new PixelPoint(l.x1d, l.y1d)};
    }
    if (roi instanceof PointRoi p && p.size() >= 1) {
      return new PixelPoint[] {new PixelPoint(p.getFloatPolygon().xpoints[0], p.getFloatPolygon().ypoints[0]), null};
    }
    return new PixelPoint[] {null, null};
  }

  /**
   * Plans on the image's current frame (ultrasound in-plane, fluoroscopy down the beam), draws the
   * plan and keeps it on the image.
   *
   * @param target a target to keep, or null for the deepest point of the pocket (ultrasound) or
   *     the joint-space detector's first candidate (fluoroscopy)
   * @param entry an entry to keep, or null for the best acceptable path; on fluoroscopy the entry
   *     is always down the beam and this is not used
   */
  public static Plan plan(ImagePlus imp, PlanChoices c, PixelPoint target, PixelPoint entry) throws Exception {
    int frame = ScanImage.frame(imp);
    try (Scan scan = ScanImage.open(imp)) {
      Plan p;
      if (scan.isFluoroscopy()) {
        p = FluoroTrajectory.plan(imp, scan, frame, c, target).plan();
      } else if (scan.isUltrasound()) {
        p = inPlane(imp, scan, frame, c, target, entry).plan();
      } else {
        throw new IllegalArgumentException(imp.getTitle() + ": modality " + scan.modality() + " is not planned:"
            + " ultrasound (US) or fluoroscopy (XA, RF) only");
      }
      ScanImage.setPlan(imp, p);
      PlanOverlay.draw(imp, p, PlanOverlay.PLAN, PlanOverlay.TRAJECTORY);
      return p;
    }
  }

  /** The in-plane ultrasound plan (the core's {@link UsWorkflow}); a capsule it segmented is drawn. */
  private static PlanningResult inPlane(ImagePlus imp, Scan scan, int frame, PlanChoices c, PixelPoint target,
      PixelPoint entry) throws Exception {
    Structures s = Structures.of(imp, frame);
    UsChoices choices = c.usChoices().withTarget(target).withEntry(entry);
    UsOutcome o = new UsWorkflow().plan(scan, frame, choices, new GivenStructures(drawnCapsule(imp, frame),
        s.avoid(), s.bone()));
    // drawn also when the planner refused: the user sees what it planned on
    o.segmentation().ifPresent(seg -> PlanOverlay.add(imp, PlanOverlay.styled(MaskRois.roi(seg.mask()),
        SegmentCapsule.CAPSULE, PlanOverlay.CAPSULE, 1), imp.getStackSize() > 1 ? frame + 1 : 0));
    if (o.refusal().isPresent()) {
      Refusal r = o.refusal().get();
      throw new IllegalArgumentException(r.why() == Refusal.Why.PLANNER ? r.reason() : imp.getTitle() + ": "
          + r.reason() + (r.why() == Refusal.Why.NO_CAPSULE ? " (click inside the recess and run Segment Capsule)"
          : ""));
    }
    return o.result();
  }

  /** The frame's capsule element as Segment Capsule drew it, or null. */
  private static Mask drawnCapsule(ImagePlus imp, int frame) {
    Optional<Roi> drawn = PlanOverlay.named(imp, SegmentCapsule.CAPSULE).stream()
        .filter(r -> SegmentCapsule.CAPSULE.equals(r.getName()) && Structures.onFrame(r, frame)).findFirst();
    return drawn.map(r -> MaskRois.mask(r, imp.getWidth(), imp.getHeight())).orElse(null);
  }

  private static String sampleJoint(String id) {
    String joint = SampleFiles.of(id).joint().name().toLowerCase(java.util.Locale.ROOT);
    return java.util.Arrays.asList(PlanChoices.JOINTS).contains(joint) ? joint : "custom";
  }
}
