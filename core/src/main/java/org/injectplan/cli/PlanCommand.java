package org.injectplan.cli;

import static org.injectplan.report.PlanFigure.ANGLE;
import static org.injectplan.report.PlanFigure.BOLUS_RADIUS;
import static org.injectplan.report.PlanFigure.DEPTH;
import static org.injectplan.report.PlanFigure.FRACTION_IN_CAPSULE;
import static org.injectplan.report.PlanFigure.PATH_LENGTH;
import static org.injectplan.report.PlanFigure.VOLUME;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.ClinicalFigures;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.PlanParams;
import org.injectplan.planning.PlanningResult;
import org.injectplan.planning.Side;
import org.injectplan.report.PlanFigure;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.InjectionChoices;
import org.injectplan.workflow.UsChoices;
import org.injectplan.workflow.UsOutcome;
import org.injectplan.workflow.UsWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code injectplan plan FILE [--seed X,Y | --capsule MASK.png] ... --out PLAN.json}: an
 * ultrasound in-plane plan, or a fluoroscopy down-the-beam plan ({@link FluoroPlanInput}; with
 * {@code --lateral OTHER.dcm} biplane). The capsule is found by the segmenter (automatically, or
 * from a click with {@code --seed}) unless a mask is given; no capsule found is bad input (exit 2).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Plan an in-plane ultrasound injection on one frame: target, entry, angle, depth, path,",
        "clearance, needle, deposition and dose (docs/planning.md). The capsule is found automatically,",
        "or from a click (--seed X,Y), or given as a mask (--capsule).",
        "On fluoroscopy: down the beam; the target from the joint-space detector unless --target is given;",
        "depth unknown on a single view; --lateral OTHER.dcm triangulates the target in 3D and finds the skin",
        "in it for the depth along the beam (--lateral-skin X,Y overrides)."})
final class PlanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "FILE", description = "ultrasound DICOM file")
  Path file;
  @Option(names = "--frame", paramLabel = "N", description = "frame, from 0 (default: 0)")
  int frame;
  @Option(names = "--joint", paramLabel = "JOINT", description = "knee, shoulder, hip, facet, custom (default: custom)")
  String joint = "custom";
  @Option(names = "--capsule", paramLabel = "MASK.png",
      description = "capsule (fluid) mask, or the joint space on fluoroscopy; full frame, 255 inside, instead of"
          + " segmenting")
  Path capsule;
  @Option(names = "--seed", paramLabel = "X,Y", converter = PointOption.class,
      description = "a click inside the recess, for the segmenter")
  PixelPoint seed;
  @Option(names = "--avoid", paramLabel = "MASK.png", description = "structure to avoid (repeatable); on ultrasound"
      + " merged with the bone and vessels found in the image unless --no-find")
  Path[] avoid = {};
  @Option(names = "--avoid-name", paramLabel = "NAME", description = "names of the --avoid masks, in order")
  String[] avoidNames = {};
  @Option(names = "--bone", paramLabel = "MASK.png", description = "bone and its acoustic shadow (impassable)")
  Path bone;
  @Option(names = "--target", paramLabel = "X,Y", converter = PointOption.class, description = "keep this target")
  PixelPoint target;
  @Option(names = "--entry", paramLabel = "X,Y", converter = PointOption.class, description = "keep this entry")
  PixelPoint entry;
  @Option(names = "--side", paramLabel = "SIDE", description = "left, right or either (default: either)")
  String side = "either";
  @Option(names = "--volume-ml", paramLabel = "V", description = "volume (default: the joint's)")
  Double volumeMl;
  @Option(names = "--cells", paramLabel = "N", description = "cells in the syringe (default: 5e7)")
  double cells = 5e7;
  @Option(names = "--viability", paramLabel = "F", description = "viable share of the cells (default: 1)")
  double viability = 1;
  @Option(names = "--max-angle-deg", paramLabel = "A", description = "largest in-plane angle (default: the joint's)")
  Double maxAngleDeg;
  @Option(names = "--min-clearance-mm", paramLabel = "C", description = "least clearance from structures (default: "
      + ClinicalFigures.MIN_CLEARANCE_MM + ")")
  double minClearanceMm = ClinicalFigures.MIN_CLEARANCE_MM;
  @Option(names = "--lateral", paramLabel = "OTHER.dcm",
      description = "fluoroscopy: a second view (lateral) of the same target, to triangulate it in 3D")
  Path lateral;
  @Option(names = "--lateral-target", paramLabel = "X,Y", converter = PointOption.class,
      description = "fluoroscopy: the target in the --lateral view (default: the joint-space candidate nearest the"
          + " target's ray)")
  PixelPoint lateralTarget;
  @Option(names = "--lateral-skin", paramLabel = "X,Y", converter = PointOption.class,
      description = "fluoroscopy: the skin on the approach side in the --lateral view, for the depth along the beam"
          + " (default: found there, the outermost tissue/air boundary along the target's ray)")
  PixelPoint lateralSkin;
  @Option(names = "--no-find", description = "ultrasound: do not look for bone and vessels in the image (use only"
      + " --avoid and --bone)")
  boolean noFind;
  @Option(names = "--out", paramLabel = "PLAN.json", required = true, description = "plan JSON to write")
  Path out;
  @Option(names = "--force", description = "overwrite an existing output file")
  boolean force;

  @Override
  public Integer call() throws Exception {
    try (Scan scan = ScanLoader.open(file)) {
      BadInputException.requireFrame(file, frame, scan.frameCount());
      if (scan.isFluoroscopy()) {
        FluoroPlanning.Result r = FluoroPlanInput.plan(scan, this, avoidMasks(scan));
        Plan stamped = PlanProvenance.stamp(r.plan(), scan, spec);
        AtomicOutput.write(out, force, o -> PlanJson.write(stamped, o));
        FluoroPlanInput.summary(r, spec.commandLine().getOut());
        return Main.OK;
      }
      if (!scan.isUltrasound()) {
        throw new BadInputException(file.toString(), "modality " + scan.modality() + " is not planned: ultrasound"
            + " (US) or fluoroscopy (XA, RF) only");
      }
      if (lateral != null || lateralTarget != null || lateralSkin != null) {
        throw new BadInputException("--lateral", "a second view applies to fluoroscopy only");
      }
      PlanningResult r = inPlane(scan);
      Plan stamped = PlanProvenance.stamp(r.plan(), scan, spec);
      AtomicOutput.write(out, force, o -> PlanJson.write(stamped, o));
      summary(r, spec.commandLine().getOut());
    }
    return Main.OK;
  }

  /** The ultrasound workflow on the options; no capsule found is bad input. */
  private PlanningResult inPlane(Scan scan) throws Exception {
    JointPreset preset = JointPreset.of(joint);
    UsChoices choices = UsChoices.of(preset).withParams(new PlanParams(maxAngleDeg != null ? maxAngleDeg
        : preset.maxInPlaneAngleDeg(), minClearanceMm, ClinicalFigures.MIN_BONE_CLEARANCE_MM))
        .withSeed(seed).withTarget(target).withEntry(entry).withSide(Side.of(side))
        .withInjection(new InjectionChoices(volumeMl, cells, viability)).withFindInImage(!noFind);
    if (capsule != null && seed != null) {
      throw new BadInputException("--seed", "give --seed or --capsule, not both");
    }
    GivenStructures given = new GivenStructures(capsule == null ? null : mask(capsule, scan), avoidMasks(scan),
        bone == null ? null : mask(bone, scan));
    UsOutcome o = new UsWorkflow().plan(scan, frame, choices, given);
    if (o.refusal().isPresent()) {
      warnImplausible(scan);
      throw BadInputException.refused(o.refusal().get(), file);
    }
    return o.result();
  }

  /**
   * A refused plan prints no summary, so the calibration's warning goes to the error stream before the
   * refusal: an implausible calibration is often its cause (every path longer than any needle).
   */
  void warnImplausible(Scan scan) {
    scan.calibration().implausibility().ifPresent(w -> spec.commandLine().getErr()
        .println("warning: " + file + ": " + w));
  }

  /** The --avoid masks by name. */
  Map<String, Mask> avoidMasks(Scan scan) throws Exception {
    if (avoidNames.length != 0 && avoidNames.length != avoid.length) {
      throw new IllegalArgumentException("--avoid-name given " + avoidNames.length + " times for " + avoid.length
          + " --avoid masks");
    }
    Map<String, Mask> avoidMasks = new LinkedHashMap<>();
    for (int i = 0; i < avoid.length; i++) {
      avoidMasks.put(avoidNames.length > 0 ? avoidNames[i] : "structure " + (i + 1), mask(avoid[i], scan));
    }
    return avoidMasks;
  }

  static Mask mask(Path p, Scan scan) throws Exception {
    Mask m = MaskPng.read(p);
    if (m.width() != scan.columns() || m.height() != scan.rows()) {
      throw new BadInputException(p.toString(), "mask is " + m.width() + "x" + m.height() + ", the frame "
          + scan.columns() + "x" + scan.rows());
    }
    return m;
  }

  /** What {@code plan} prints: the figures as {@link PlanFigure} declares them, the needle, the dose. */
  static void summary(PlanningResult r, PrintWriter o) {
    var p = r.plan();
    String u = p.depthMm() == null ? "px" : "mm";
    o.printf(Locale.ROOT, "target (%.1f, %.1f) px, entry (%.1f, %.1f) px, %s%n", p.target().xPx(), p.target().yPx(),
        p.entry().xPx(), p.entry().yPx(), p.approach());
    o.printf(Locale.ROOT, "%s %.1f %s to the %s; %s %s; path %s (%.1f %s beyond the image edge)%n", name(ANGLE),
        p.angleDeg(), ANGLE.unit(), p.angleReference(), name(DEPTH), DEPTH.text(p), PATH_LENGTH.text(p),
        r.path().outsideLengthMm(), u);
    o.printf(Locale.ROOT, "needle %dG %.0f mm, hub dead space %.2f mL (%s)%n", r.needle().gauge(),
        r.needle().lengthMm(), r.needle().hubDeadSpaceMl(), ClinicalFigures.DEAD_SPACE_SOURCE);
    if (p.depthMm() == null) {
      o.printf(Locale.ROOT, "%s %s (uncalibrated: no bolus radius or fraction)%n", name(VOLUME), VOLUME.text(p));
    } else {
      o.printf(Locale.ROOT, "%s %s, %s %s, %s %s, %d deposition point(s), visible pocket about %.2f mL%n",
          name(VOLUME), VOLUME.text(p), name(BOLUS_RADIUS), BOLUS_RADIUS.text(p), name(FRACTION_IN_CAPSULE),
          FRACTION_IN_CAPSULE.text(p), r.deposition().points().size(), r.deposition().pocketVolumeMl());
    }
    o.printf(Locale.ROOT, "cells %.3g (%.3g /mL), viable delivered %.3g, lost in dead space %.3g, to the capsule %.3g;"
        + " intravenous comparison: %.3g-%.3g past the lungs (%s)%n", r.dose().cells(), r.dose().cellsPerMl(),
        r.dose().viableDelivered(), r.dose().lostInDeadSpace(), r.dose().toCapsule(),
        r.dose().intravenousPastLungsLow(), r.dose().intravenousPastLungsHigh(), ClinicalFigures.IV_FIRST_PASS_SOURCE);
    p.warnings().forEach(w -> o.println("warning: " + w));
    o.flush();
  }

  /** A figure's short name as the summary writes it: "depth", "bolus radius". */
  static String name(PlanFigure f) {
    return f.shortLabel().toLowerCase(Locale.ROOT);
  }
}
