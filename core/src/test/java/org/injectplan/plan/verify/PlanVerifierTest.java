package org.injectplan.plan.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.injectplan.cli.Main;
import org.injectplan.plan.Plan;
import java.util.List;
import org.injectplan.plan.PlanCalibration;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.PlanSchema;
import org.injectplan.plan.TestPlans;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanVerifierTest {
  @TempDir
  Path dir;

  static Verification withScan(Plan plan, Path scanFile) throws Exception {
    try (Scan scan = ScanLoader.open(scanFile)) {
      return PlanVerifier.verify(plan, scan);
    }
  }

  static String failures(Verification v) {
    StringBuilder b = new StringBuilder();
    v.failures().forEach(c -> b.append("\n  ").append(c.describe()));
    return b.toString();
  }

  @Test
  void referencePlansOfEverySampleHold() throws Exception {
    StringBuilder bad = new StringBuilder();
    for (String id : Samples.ids()) {
      assertEquals(List.of(), PlanSchema.errors(Samples.referencePlan(id)), id + " against the schema");
      Plan plan = PlanJson.read(Samples.referencePlan(id));
      Verification v = withScan(plan, Samples.scan(id));
      Verification alone = PlanVerifier.verify(plan);
      if (!v.holds() || !alone.holds()) {
        bad.append("\n").append(id).append(failures(v)).append(failures(alone));
      }
    }
    assertTrue(bad.length() == 0, "reference plans that do not verify:" + bad);
  }

  @Test
  void theTestFixturesHoldAgainstTheirScans() throws Exception {
    StringBuilder bad = new StringBuilder();
    for (String name : new String[] {TestPlans.US_GREY, TestPlans.US_COLOUR, TestPlans.XA_UNCALIBRATED}) {
      Path file = TestPlans.corpus(name);
      Verification v = withScan(TestPlans.on(file), file);
      bad.append(v.holds() ? "" : "\n" + name + failures(v));
    }
    Path xa = TestPlans.corpus(TestPlans.XA_UNCALIBRATED);
    Path atDetector = TestPlans.withImagerPixelSpacing(xa, dir, 0.3);
    PlanCalibration cal = new PlanCalibration(0.3, 0.3, CalibrationSource.IMAGER_PIXEL_SPACING, List.of());
    for (boolean biplane : new boolean[] {false, true}) {
      Verification v = withScan(TestPlans.fluoro(atDetector, cal, biplane), atDetector);
      bad.append(v.holds() ? "" : "\nfluoro biplane " + biplane + failures(v));
    }
    PlanCalibration none = new PlanCalibration(null, null, CalibrationSource.NONE, List.of());
    Verification v = withScan(TestPlans.fluoro(xa, none, false), xa);
    bad.append(v.holds() ? "" : "\nfluoro uncalibrated" + failures(v));
    assertTrue(bad.length() == 0, "fixtures that do not verify:" + bad);
  }

  @Test
  void aFixtureOnAScanWithoutItsCalibrationFails() throws Exception {
    Path xa = TestPlans.corpus(TestPlans.XA_UNCALIBRATED);
    PlanCalibration cal = new PlanCalibration(0.3, 0.3, CalibrationSource.IMAGER_PIXEL_SPACING, List.of());
    Verification v = withScan(TestPlans.fluoro(xa, cal, false), xa);
    assertTrue(v.failureSummary().contains("calibration.source stated IMAGER_PIXEL_SPACING, derived NONE"),
        v.failureSummary());
    assertTrue(PlanVerifier.verify(TestPlans.fluoro(xa, cal, false)).holds(), "without the scan it holds");
  }

  @Test
  void aHostileBolusIsNotDerivedPixelByPixelButFails() throws Exception {
    String json = PlanJson.toJson(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)))
        .replaceFirst("\"volumeMl\" : 2.0", "\"volumeMl\" : 1.0E12");
    Verification v = PlanVerifier.verify(PlanJson.parse(json, Path.of("hostile")));
    assertTrue(v.failureSummary().contains("deposition.fractionInCapsule stated "), v.failureSummary());
    assertTrue(v.failures().stream().anyMatch(c -> c.derived().equals("not derived")), v.failureSummary());
  }

  @Test
  void plansMadeByPlanOnEverySampleHold() throws Exception {
    StringBuilder bad = new StringBuilder();
    for (String id : Samples.ids()) {
      Path out = dir.resolve(id + ".json");
      StringWriter err = new StringWriter();
      int exit = Main.run(new String[] {"plan", Samples.scan(id).toString(), "--out", out.toString()},
          new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
      if (exit != 0) {
        bad.append("\n").append(id).append(": plan exit ").append(exit).append(": ").append(err);
        continue;
      }
      assertEquals(List.of(), PlanSchema.errors(out), id + " against the schema");
      Verification v = withScan(PlanJson.read(out), Samples.scan(id));
      if (!v.holds()) {
        bad.append("\n").append(id).append(failures(v));
      }
    }
    assertTrue(bad.length() == 0, "plans that do not verify:" + bad);
  }
}
