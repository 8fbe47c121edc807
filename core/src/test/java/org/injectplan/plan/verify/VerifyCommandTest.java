package org.injectplan.plan.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.injectplan.cli.Main;
import org.injectplan.plan.PlanSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code injectplan verify} on the knee-us sample's plan as {@code plan} writes it, unedited and
 * with one value changed each time (the cases of issue 13): exit 2 naming the key.
 */
class VerifyCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir
  static Path dir;
  static Path plan;
  static final Path SCAN = Samples.scan("knee-us");

  record Result(int exit, String out, String err) {
  }

  /** Makes the plan once (also for {@link ReportRefusesTest}). */
  @BeforeAll
  static synchronized void makePlan() throws Exception {
    if (plan != null && Files.exists(plan)) {
      return;
    }
    if (dir == null) {
      dir = Files.createTempDirectory("verify");
    }
    plan = dir.resolve("knee.json");
    Result r = run("plan", SCAN.toString(), "--out", plan.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(java.util.List.of(), PlanSchema.errors(plan), "the plan against the schema");
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  /** The plan with one edit, written to a new file. */
  static Path edited(String name, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(plan.toFile());
    edit.accept(root);
    Path p = dir.resolve(name + ".json");
    MAPPER.writeValue(p.toFile(), root);
    return p;
  }

  static ObjectNode obj(ObjectNode root, String key) {
    return (ObjectNode) root.get(key);
  }

  static void assertRefused(Result r, String... needles) {
    assertEquals(2, r.exit(), r.out() + r.err());
    for (String n : needles) {
      assertTrue(r.err().contains(n), "stderr lacks \"" + n + "\": " + r.err());
    }
    assertTrue(r.err().startsWith("error: "), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
  }

  @Test
  void theUneditedPlanVerifiesWithAndWithoutItsScan() {
    Result alone = run("verify", plan.toString());
    assertEquals(0, alone.exit(), alone.out() + alone.err());
    assertTrue(alone.out().contains("depthMm: holds"), alone.out());
    assertTrue(alone.out().contains("scan: not checked (no --scan)"), alone.out());
    Result withScan = run("verify", plan.toString(), "--scan", SCAN.toString());
    assertEquals(0, withScan.exit(), withScan.out() + withScan.err());
    assertTrue(withScan.out().contains("calibration.mmPerPixelX: holds: stated 0.09, derived 0.09"),
        withScan.out());
    assertTrue(withScan.out().contains("verified: every check holds"), withScan.out());
  }

  @Test
  void depthOf99IsRefusedNamingTheDerivedDepth() throws Exception {
    Path p = edited("depth99", r -> r.put("depthMm", 99.0));
    Result res = run("verify", p.toString());
    assertRefused(res, "depthMm stated 99, derived 13.");
    assertTrue(res.out().contains("depthMm: FAILS"), res.out());
  }

  @Test
  void aCalibrationOtherThanTheScansIsRefused() throws Exception {
    Path p = edited("cal05", r -> obj(r, "calibration").put("mmPerPixelX", 0.5));
    assertRefused(run("verify", p.toString(), "--scan", SCAN.toString()),
        "calibration.mmPerPixelX stated 0.5, derived 0.09");
    // Without the scan the figures no longer follow from the geometry at 0.5 mm/px.
    assertRefused(run("verify", p.toString()), "angleDeg stated");
  }

  @Test
  void aTargetFarOutsideTheFrameIsRefused() throws Exception {
    Path p = edited("far", r -> obj(r, "target").put("xPx", 1e12));
    assertRefused(run("verify", p.toString(), "--scan", SCAN.toString()), "target stated (1.00000e+12", "outside");
    assertRefused(run("verify", p.toString()), "target stated (1.00000e+12", "outside");
  }

  @Test
  void fiftyWarningsOf100kCharactersAreRefusedBeforeAnyCheck() throws Exception {
    Path p = edited("warnings", r -> {
      ArrayNode w = r.putArray("warnings");
      for (int i = 0; i < 50; i++) {
        w.add("x".repeat(100_000));
      }
    });
    Result res = run("verify", p.toString());
    assertRefused(res, "warnings[0]: text of 100000 characters (at most 4096)");
    assertEquals("", res.out(), "nothing is checked (or drawn) for a plan too large");
  }

  @Test
  void eachFigureChangedBeyondItsToleranceIsRefusedNamingIt() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(plan.toFile());
    double clearanceTolerance = 2; // above half an outline edge + a pixel diagonal at 0.09 mm/px
    Object[][] cases = {
        {"angleDeg", (Consumer<ObjectNode>) r -> r.put("angleDeg", r.get("angleDeg").asDouble() + 0.1)},
        {"depthMm", (Consumer<ObjectNode>) r -> r.put("depthMm", r.get("depthMm").asDouble() + 0.01)},
        {"pathLengthMm", (Consumer<ObjectNode>) r -> r.put("pathLengthMm", r.get("pathLengthMm").asDouble() + 0.01)},
        {"minClearanceMm", (Consumer<ObjectNode>) r -> r.put("minClearanceMm",
            r.get("minClearanceMm").asDouble() + clearanceTolerance)},
        {"deposition.bolusRadiusMm", (Consumer<ObjectNode>) r -> obj(r, "deposition").put("volumeMl",
            r.get("deposition").get("volumeMl").asDouble() * 1.01)},
        {"deposition.deliveredMl", (Consumer<ObjectNode>) r -> obj(r, "deposition").put("deliveredMl",
            r.get("deposition").get("deliveredMl").asDouble() + 0.01)},
        {"deposition.fractionInCapsule", (Consumer<ObjectNode>) r -> obj(r, "deposition").put("fractionInCapsule",
            Math.abs(r.get("deposition").get("fractionInCapsule").asDouble() - 0.1))},
        {"dose.cellsPerMl", (Consumer<ObjectNode>) r -> obj(r, "dose").put("cellsPerMl",
            r.get("dose").get("cellsPerMl").asDouble() * 1.01)},
        {"dose.toCapsule", (Consumer<ObjectNode>) r -> obj(r, "dose").put("toCapsule",
            r.get("dose").get("toCapsule").asDouble() * 1.01)},
        {"dose.viableDelivered", (Consumer<ObjectNode>) r -> obj(r, "dose").put("viableDelivered",
            r.get("dose").get("viableDelivered").asDouble() * 1.01)},
        {"calibration.mmPerPixelY", (Consumer<ObjectNode>) r -> obj(r, "calibration").put("mmPerPixelY",
            r.get("calibration").get("mmPerPixelY").asDouble() * 1.001)},
        {"scan.sopInstanceUid", (Consumer<ObjectNode>) r -> obj(r, "scan").put("sopInstanceUid", "1.2.3")},
    };
    assertTrue(root.get("deposition").has("deliveredMl") && root.get("dose").has("toCapsule"), root.toString());
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Path p = edited(((String) c[0]).replace('.', '-'), (Consumer<ObjectNode>) c[1]);
      assertRefused(run("verify", p.toString(), "--scan", SCAN.toString()), c[0] + " stated");
    }
  }

  @Test
  void thePlanRecordsItsProvenanceAndItsDigestsAreChecked() throws Exception {
    org.injectplan.plan.Provenance p = org.injectplan.plan.PlanJson.read(plan).provenance();
    assertEquals("InjectPlan", p.software());
    assertEquals(org.injectplan.plan.Provenance.buildVersion(), p.softwareVersion());
    assertEquals(org.injectplan.plan.FrameDigest.ofFile(SCAN), p.scanSha256());
    assertEquals("custom", p.parameters().get("joint"), "the default joint, recorded: " + p.parameters());
    assertTrue(p.parameters().containsKey("segmentation") && p.parameters().containsKey("min-clearance-mm"),
        p.parameters().toString());
    assertTrue(p.parameters().values().stream().noneMatch(v -> v.contains("/")), "no paths: " + p.parameters());
    int columns;
    try (org.injectplan.scan.Scan scan = org.injectplan.scan.ScanLoader.open(SCAN)) {
      columns = scan.columns();
      assertEquals(scan.rows(), p.frameRows());
      assertEquals(org.injectplan.plan.FrameDigest.ofPixels(scan.frame(0)), p.framePixelsSha256());
    }
    assertEquals(columns, p.frameColumns());
    Result ok = run("verify", plan.toString(), "--scan", SCAN.toString());
    assertTrue(ok.out().contains("provenance.framePixelsSha256: holds"), ok.out());
    String other = "f".repeat(64);
    Path frame = edited("frame-digest", r -> obj(r, "provenance").put("framePixelsSha256", other));
    assertRefused(run("verify", frame.toString(), "--scan", SCAN.toString()),
        "provenance.framePixelsSha256 stated " + other);
    Path file = edited("file-digest", r -> obj(r, "provenance").put("scanSha256", other));
    assertRefused(run("verify", file.toString(), "--scan", SCAN.toString()), "provenance.scanSha256 stated " + other);
    // Without the scan the frame's extent comes from the provenance.
    Path wide = edited("wide", r -> obj(r, "target").put("xPx", columns + 10.0));
    assertRefused(run("verify", wide.toString()), "target stated (" + (columns + 10));
  }
}
