package org.injectplan.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.PracticeScore;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.workflow.PracticeWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan practice FILE --target X,Y --entry X,Y [--json OUT.json]}: scores a trainee's
 * plan on a sample scan against the sample's reference plan ({@code <id>.plan.json} beside it)
 * and its masks ({@code masks/} beside it), frame 0: the target is checked against the capsule
 * (ultrasound) or the joint region (fluoroscopy), {@code planning.Practice.sampleMaskKind}; through the
 * {@link PracticeWorkflow}, as the plugin's Practice.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
    description = {"Score a trainee's target and entry on a sample scan against its reference plan: target error,",
        "angle difference, structures crossed, bolus fraction; pass thresholds in docs/planning.md.",
        "Exit 0 whether or not the plan passes; the verdict is printed."})
final class PracticeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "FILE", description = "sample DICOM file (with <id>.plan.json and masks/)")
  Path file;
  @Option(names = "--target", paramLabel = "X,Y", required = true, converter = PointOption.class)
  PixelPoint target;
  @Option(names = "--entry", paramLabel = "X,Y", required = true, converter = PointOption.class)
  PixelPoint entry;
  @Option(names = "--json", paramLabel = "OUT.json", description = "write the score as JSON")
  Path json;
  @Option(names = "--force", description = "overwrite an existing output file")
  boolean force;

  @Override
  public Integer call() throws Exception {
    try (Scan scan = ScanLoader.open(file)) {
      PracticeWorkflow.Outcome o = PracticeWorkflow.score(scan, target, entry);
      if (o.refusal().isPresent()) {
        throw BadInputException.refused(o.refusal().get(), file);
      }
      PracticeScore s = o.score().orElseThrow();
      print(s);
      if (json != null) {
        AtomicOutput.write(json, force, out -> Json.MAPPER.writerWithDefaultPrettyPrinter()
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, s));
      }
    }
    return Main.OK;
  }

  private void print(PracticeScore s) {
    var o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "target error %.2f mm (pass <= %.1f), in capsule: %s%n", s.targetErrorMm(),
        PracticeScore.PASS_TARGET_ERROR_MM, s.targetInCapsule());
    if (!Double.isNaN(s.angleDiffDeg())) {
      o.printf(Locale.ROOT, "angle %.1f deg, %+.1f deg from the reference (pass within %.0f)%n", s.angleDeg(),
          s.angleDiffDeg(), PracticeScore.PASS_ANGLE_DIFF_DEG);
    }
    o.printf(Locale.ROOT, "least clearance %.1f mm; crossed: %s%n", s.minClearanceMm(),
        s.crossed().isEmpty() ? "none" : String.join(", ", s.crossed()));
    o.printf(Locale.ROOT, "bolus fraction in capsule %.2f (reference target %.2f)%n", s.fractionInCapsule(),
        s.referenceFraction());
    o.println(s.passed() ? "PASS" : "FAIL: " + String.join("; ", s.reasons()));
    o.flush();
  }
}
