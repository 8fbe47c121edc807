package org.injectplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.PlanningResult;
import org.injectplan.report.PlanReport;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanDescription;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.Segmentation;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.Refusal;
import org.injectplan.workflow.UsChoices;
import org.injectplan.workflow.UsOutcome;
import org.injectplan.workflow.UsWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code injectplan demo [--out DIR]}: the whole workflow on the knee ultrasound sample (the
 * committed one: same seed, same bytes): load it, find the capsule automatically, plan the
 * in-plane injection, write the plan as JSON and as the PDF/A report, and compare the plan with
 * the sample's reference plan, all through the {@link UsWorkflow}. The structures to avoid and the
 * bone are the sample's own masks (nothing is looked for in the image, so that the demo shows the
 * planner on the sample's truth).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole workflow on the knee ultrasound sample: segment, plan, report (PDF).")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: injectplan-demo)")
  Path out = Path.of("injectplan-demo");

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    PrintWriter w = spec.commandLine().getOut();
    SampleGenerator.Written knee = SampleGenerator.generate(SampleCase.KNEE_US, SampleGenerator.DEFAULT_SEED, out,
        "knee-us");
    JsonNode reference = Json.MAPPER.readTree(knee.plan().toFile());
    try (Scan scan = ScanLoader.open(knee.dicom())) {
      w.print(ScanDescription.text(scan));
      UsOutcome o = plan(scan, knee.dicom().getParent(), reference.path("avoid").asText());
      Segmentation s = o.segmentation().orElseThrow();
      w.printf(Locale.ROOT, "capsule (automatic): %.1f mm2, confidence %.2f; %s%n", s.areaMm2(), s.confidence(),
          s.how());
      PlanningResult r = o.result();
      w.println("plan:");
      PlanCommand.summary(r, w);
      Path json = out.resolve("knee-us-plan.json");
      org.injectplan.plan.Plan stamped = PlanProvenance.stamp(r.plan(), scan, spec);
      AtomicOutput.write(json, true, p -> PlanJson.write(stamped, p));
      Path pdf = out.resolve("knee-us-plan.pdf");
      PlanReport.Outputs report = PlanReport.make(stamped, scan, false, Instant.now());
      AtomicOutput.write(pdf, true, p -> p.write(report.pdf()));
      compare(r.plan(), reference, w);
      w.println("wrote " + json);
      w.println("wrote " + pdf);
    }
    w.flush();
    return Main.OK;
  }

  /**
   * The ultrasound workflow on frame 0 with the knee's defaults: the capsule found automatically,
   * the structures to avoid and the bone the sample's own masks (nothing looked for in the image).
   */
  private static UsOutcome plan(Scan scan, Path caseDir, String avoidName) throws Exception {
    Map<String, Mask> avoid = Map.of(avoidName.isBlank() ? "structure to avoid" : avoidName,
        MaskPng.read(caseDir.resolve("masks/avoid-f00.png")));
    GivenStructures given = new GivenStructures(null, avoid, MaskPng.read(caseDir.resolve("masks/bone-f00.png")));
    UsOutcome o = new UsWorkflow().plan(scan, 0, UsChoices.of(JointPreset.KNEE).withFindInImage(false), given);
    if (o.refusal().isPresent() && o.refusal().get().why() == Refusal.Why.NO_CAPSULE) {
      throw new IllegalStateException("the demo sample's capsule was not found: "
          + o.refusal().get().reason().replaceFirst("^no capsule found: ", ""));
    }
    o.refusal().ifPresent(r -> {
      throw new IllegalArgumentException(r.reason());
    });
    return o;
  }

  /** The plan beside the sample's reference plan (derived from its truth geometry by documented rules). */
  private static void compare(Plan plan, JsonNode ref, PrintWriter w) {
    double dx = plan.target().xPx() - ref.path("target").path("xPx").asDouble();
    double dy = plan.target().yPx() - ref.path("target").path("yPx").asDouble();
    double mmPerPx = ref.path("calibration").path("mmPerPixelX").asDouble();
    w.printf(Locale.ROOT, "against the reference plan: target %.1f mm apart; depth %.1f mm vs %.1f mm; angle %.1f deg"
        + " vs %.1f deg; path %.1f mm vs %.1f mm%n", Math.hypot(dx, dy) * mmPerPx, plan.depthMm(),
        ref.path("depthMm").asDouble(), plan.angleDeg(), ref.path("angleDeg").asDouble(), plan.pathLengthMm(),
        ref.path("pathLengthMm").asDouble());
  }
}
