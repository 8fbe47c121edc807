package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.needle.NeedleDetection;
import org.injectplan.workflow.NeedleOutcome;
import org.injectplan.workflow.NeedleWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code injectplan check FILE --plan PLAN.json [--frame N] [--json OUT.json]}: planned vs actual.
 * The needle is found on a frame taken with it in place ({@link NeedleWorkflow}, the plugin's Check
 * Needle's path too); printed: the angle deviation, the tip-to-target distance and whether the tip
 * is in the capsule: in {@code --capsule MASK.png}, else in the plan's capsule outline; with
 * neither (a reference plan carries no outline) it is unknown and said so, never "no". No needle
 * found is a result (exit 0, {@code "found": false}), not bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Planned vs actual: find the needle (a bright linear echo near the planned path) on a frame",
        "taken with the needle in place, and report its angle deviation, the tip-to-target distance and",
        "whether the tip is in the capsule (docs/planning.md)."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "FILE", description = "ultrasound DICOM file with the needle in place")
  Path file;
  @Option(names = "--plan", paramLabel = "PLAN.json", required = true, description = "the plan (plan JSON)")
  Path planFile;
  @Option(names = "--capsule", paramLabel = "MASK.png", description = "the capsule (255 inside, frame size), for"
      + " 'tip in capsule' when the plan has no capsule outline")
  Path capsuleFile;
  @Option(names = "--frame", paramLabel = "N", description = "frame, from 0 (default: 0)")
  int frame;
  @Option(names = "--json", paramLabel = "OUT.json", description = "also write the result as JSON (- for stdout)")
  Path json;
  @Option(names = "--force", description = "overwrite an existing output file")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Plan plan = PlanJson.read(planFile);
    try (Scan scan = ScanLoader.open(file)) {
      NeedleOutcome c;
      try {
        c = NeedleWorkflow.check(plan, scan, frame, capsule());
      } catch (IllegalArgumentException e) {
        throw new BadInputException(planFile.toString(), e.getMessage());
      }
      if (c.refusal().isPresent()) {
        throw BadInputException.refused(c.refusal().get(), file);
      }
      Optional<NeedleDetection> d = c.needle();
      boolean mm = scan.calibration().isCalibrated();
      Boolean inCapsule = c.tipInCapsule();
      Map<String, Object> out = result(d, mm, inCapsule);
      boolean toStdout = json != null && json.toString().equals("-");
      if (!toStdout) {
        print(d, mm, inCapsule, spec.commandLine().getOut());
      }
      if (json != null) {
        String text = Json.MAPPER.writeValueAsString(out);
        if (toStdout) {
          spec.commandLine().getOut().println(text);
          spec.commandLine().getOut().flush();
        } else {
          AtomicOutput.write(json, force, o -> o.write((text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
      }
    }
    return Main.OK;
  }

  /** The --capsule mask, or null for the plan's outline. */
  private Mask capsule() throws Exception {
    if (capsuleFile == null) {
      return null;
    }
    try {
      return MaskPng.read(capsuleFile);
    } catch (java.io.IOException e) {
      throw new BadInputException(capsuleFile.toString(), e.getMessage());
    }
  }

  private Map<String, Object> result(Optional<NeedleDetection> d, boolean mm, Boolean inCapsule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("frame", frame);
    out.put("plan", planFile.toString());
    out.put("found", d.isPresent());
    d.ifPresent(n -> {
      out.put("angleDeg", n.angleDeg());
      out.put("angleDeviationDeg", n.angleDeviationDeg());
      out.put(mm ? "tipToTargetMm" : "tipToTargetPx", n.tipToTargetMm());
      out.put("tipInCapsule", inCapsule);
      out.put("tipPx", new double[] {n.tip().xPx(), n.tip().yPx()});
      out.put("shaftStartPx", new double[] {n.shaftStart().xPx(), n.shaftStart().yPx()});
      out.put("contrast", n.contrast());
    });
    if (d.isEmpty()) {
      out.put("reason", "no bright linear echo near the planned path (docs/planning.md, planned vs actual)");
    }
    return out;
  }

  private static void print(Optional<NeedleDetection> d, boolean mm, Boolean inCapsule, PrintWriter o) {
    if (d.isEmpty()) {
      o.println("no needle found near the planned path");
    } else {
      NeedleDetection n = d.get();
      o.printf(Locale.ROOT, "needle angle %.1f deg, deviation %+.1f deg from the plan%n", n.angleDeg(),
          n.angleDeviationDeg());
      o.printf(Locale.ROOT, "tip (%.1f, %.1f) px, %.1f %s from the target%n", n.tip().xPx(), n.tip().yPx(),
          n.tipToTargetMm(), mm ? "mm" : "px (uncalibrated)");
      o.println("tip in capsule: " + (inCapsule == null
          ? "unknown (the plan has no capsule outline: give --capsule MASK.png)" : inCapsule ? "yes" : "no"));
    }
    o.flush();
  }
}
