package org.injectplan.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.Instant;
import org.injectplan.plan.verify.PlanVerifier;
import org.injectplan.plan.verify.UnverifiedPlanException;
import org.injectplan.plan.verify.Verification;
import org.injectplan.report.PlanReport;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.AfterAll;

/**
 * The plan side under Jazzer: the parser either reads a plan or refuses it with a
 * {@link BadPlanException} that has a reason; a parsed plan is verified alone and against the
 * knee-us sample scan without any other exception; a plan that verifies gets its report built
 * (PDF, JSON, DICOM objects), and one that does not is refused by the report. Anything else, a
 * hang or running out of memory is a finding. Seeds: {@code PlanFuzzTestInputs/} (the samples'
 * reference plans and plans written by {@code plan}); every {@code mvn test} runs them (regression
 * mode); {@code scripts/fuzz.sh} fuzzes. docs/testing.md.
 */
class PlanFuzzTest {
  private static final Path NAME = Path.of("fuzz.plan.json");
  private static Scan knee;

  private static synchronized Scan knee() throws Exception {
    if (knee == null) {
      knee = ScanLoader.open(org.injectplan.SampleFolders.dicom("knee-us"));
    }
    return knee;
  }

  @AfterAll
  static void close() throws Exception {
    if (knee != null) {
      knee.close();
      knee = null;
    }
  }

  @FuzzTest(maxDuration = "5m")
  void parsesVerifiesAndReportsOrRefuses(byte[] data) throws Exception {
    Plan plan;
    try {
      plan = PlanJson.parse(NAME, data);
    } catch (BadPlanException refused) {
      assertNotNull(refused.reason());
      assertFalse(refused.reason().isBlank(), "a refusal gives its reason");
      return;
    }
    Verification alone = PlanVerifier.verify(plan);
    assertFalse(alone.checks().isEmpty());
    Scan scan = knee();
    Verification against = PlanVerifier.verify(plan, scan);
    if (against.holds()) {
      PlanReport.Outputs out = PlanReport.make(plan, scan, false, Instant.EPOCH);
      assertTrue(out.pdf().length > 0);
    } else if (plan.scan().sopInstanceUid().equals(scan.identity().sopInstanceUid())) {
      UnverifiedPlanException e = assertThrows(UnverifiedPlanException.class,
          () -> PlanReport.make(plan, scan, false, Instant.EPOCH));
      assertFalse(e.verification().failures().isEmpty());
    }
  }
}
