package org.injectplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.io.FramePng;
import org.injectplan.plan.PlanJson;
import org.injectplan.report.PlanReport;
import org.injectplan.samples.CataloguePicture;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanDescription;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan demo [--out DIR]}: makes the knee ultrasound sample (the committed one: same
 * seed, same bytes), loads it as any scan, prints what was read (calibration and its source
 * included) and its reference plan, writes its first frame and the picture of its truth, and
 * the PDF/A report of that plan. The planner will replace the reference plan when it lands.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run InjectPlan on the knee ultrasound sample and write the results to a folder.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: injectplan-demo)")
  Path out = Path.of("injectplan-demo");

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    PrintWriter w = spec.commandLine().getOut();
    SampleGenerator.Written knee = SampleGenerator.generate(SampleCase.KNEE_US, SampleGenerator.DEFAULT_SEED,
        out, "knee-us");
    try (Scan scan = ScanLoader.open(knee.dicom())) {
      w.print(ScanDescription.text(scan));
      Path png = out.resolve("knee-us-frame0.png");
      AtomicOutput.write(png, true, o -> FramePng.write(scan.frame(0), o));
      w.println("wrote " + png);
    }
    w.println("wrote " + CataloguePicture.write(knee, out));
    printReferencePlan(w, Json.MAPPER.readTree(knee.plan().toFile()));
    Path pdf = out.resolve("knee-us-plan.pdf");
    try (Scan scan = ScanLoader.open(knee.dicom())) {
      PlanReport.Outputs report = PlanReport.make(PlanJson.read(knee.plan()), scan, false, Instant.now());
      AtomicOutput.write(pdf, true, o -> o.write(report.pdf()));
    }
    w.println("wrote " + pdf);
    w.flush();
    return Main.OK;
  }

  /** The sample's reference plan (derived from its truth geometry by documented rules). */
  private static void printReferencePlan(PrintWriter w, JsonNode plan) {
    JsonNode cal = plan.path("calibration");
    String source = cal.path("source").asText();
    w.println("reference plan (" + plan.path("approach").asText() + "), calibration " + source + ":");
    w.printf("  target depth  %.1f mm%n", plan.path("depthMm").asDouble());
    w.printf("  angle         %.1f deg to the %s%n", plan.path("angleDeg").asDouble(),
        plan.path("angleReference").asText("skin line"));
    w.printf("  path length   %.1f mm%n", plan.path("pathLengthMm").asDouble());
    w.printf("  clearance     %.1f mm from the %s%n", plan.path("minClearanceMm").asDouble(),
        plan.path("avoid").asText("structures to avoid"));
    w.printf("  needle        %dG, %.0f mm%n", plan.path("needle").path("gauge").asInt(),
        plan.path("needle").path("lengthMm").asDouble());
    w.printf("  volume        %.1f mL, bolus radius %.1f mm, %.0f %% in the capsule%n",
        plan.path("deposition").path("volumeMl").asDouble(), plan.path("deposition").path("bolusRadiusMm").asDouble(),
        100 * plan.path("deposition").path("fractionInCapsule").asDouble());
    for (JsonNode warning : plan.path("warnings")) {
      w.println("  warning: " + warning.asText());
    }
  }
}
