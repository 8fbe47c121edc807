package org.injectplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.BinaryMask;
import org.injectplan.planning.ClinicalFigures;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.planning.PlanParams;
import org.injectplan.planning.PlanningResult;
import org.injectplan.planning.Side;
import org.injectplan.planning.UsPlanner;
import org.injectplan.planning.UsRequest;
import org.injectplan.report.PlanReport;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanDescription;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.CapsuleParams;
import org.injectplan.segment.CapsuleSegmenter;
import org.injectplan.segment.Mask;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan demo [--out DIR]}: the whole workflow on the knee ultrasound sample (the
 * committed one: same seed, same bytes): load it, find the capsule automatically, plan the
 * in-plane injection, write the plan as JSON and as the PDF/A report, and compare the plan with
 * the sample's reference plan. The structures to avoid and the bone are the sample's own masks
 * (the planner does not find them in the image yet).
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
      Segmentation capsule = segment(scan, w);
      PlanningResult r = plan(scan, capsule.mask(), knee.dicom().getParent(), reference.path("avoid").asText());
      w.println("plan:");
      PlanCommand.summary(r, w);
      Path json = out.resolve("knee-us-plan.json");
      AtomicOutput.write(json, true, o -> PlanJson.write(r.plan(), o));
      Path pdf = out.resolve("knee-us-plan.pdf");
      PlanReport.Outputs report = PlanReport.make(r.plan(), scan, false, Instant.now());
      AtomicOutput.write(pdf, true, o -> o.write(report.pdf()));
      compare(r.plan(), reference, w);
      w.println("wrote " + json);
      w.println("wrote " + pdf);
    }
    w.flush();
    return Main.OK;
  }

  private static Segmentation segment(Scan scan, PrintWriter w) throws Exception {
    SegmentOutcome found = new CapsuleSegmenter(CapsuleParams.DEFAULTS).segment(scan.frame(0), scan.calibration(), 0,
        Optional.empty());
    if (!found.isFound()) {
      throw new IllegalStateException("the demo sample's capsule was not found: " + found.reason());
    }
    Segmentation s = found.get();
    w.printf(Locale.ROOT, "capsule (automatic): %.1f mm2, confidence %.2f; %s%n", s.areaMm2(), s.confidence(), s.how());
    return s;
  }

  private static PlanningResult plan(Scan scan, Mask capsule, Path caseDir, String avoidName) throws Exception {
    JointPreset knee = JointPreset.KNEE;
    PlanParams params = new PlanParams(knee.maxInPlaneAngleDeg(), ClinicalFigures.MIN_CLEARANCE_MM,
        ClinicalFigures.MIN_BONE_CLEARANCE_MM);
    Map<String, BinaryMask> avoid = Map.of(avoidName.isBlank() ? "structure to avoid" : avoidName,
        BinaryMask.read(caseDir.resolve("masks/avoid-f00.png")));
    UsRequest request = new UsRequest(knee, params, new BinaryMask(capsule.width(), capsule.height(), capsule.inside()),
        avoid, BinaryMask.read(caseDir.resolve("masks/bone-f00.png")), null, null, Side.of("either"), null, 5e7, 1.0);
    return new UsPlanner(NeedleCatalogue.standard()).plan(PlanCommand.reference(scan), 0, scan.calibration(), request);
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
