package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.verify.Check;
import org.injectplan.plan.verify.PlanVerifier;
import org.injectplan.plan.verify.Verification;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan verify PLAN.json [--scan FILE]}: every figure of the plan derived again from
 * its geometry and calibration, and with the scan its UIDs, frames and calibration; one line per
 * check on stdout; exit 0 only when every check holds, else exit 2 naming the keys, the stated
 * and the derived values.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Derive every figure of a plan again from its geometry (target, entry, deposition points,",
        "outlines) and calibration, and with --scan check its calibration, UIDs and frame against the scan.",
        "Exit 0 only when everything holds."})
final class VerifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "PLAN.json", description = "the plan")
  Path planFile;
  @Option(names = "--scan", paramLabel = "FILE", description = "the scan the plan names, to check it against")
  Path scanFile;

  @Override
  public Integer call() throws Exception {
    Plan plan = PlanJson.read(planFile);
    Verification v;
    if (scanFile == null) {
      v = PlanVerifier.verify(plan);
    } else {
      try (Scan scan = ScanLoader.open(scanFile)) {
        v = PlanVerifier.verify(plan, scan);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Check c : v.checks()) {
      out.println(c.describe());
    }
    if (!v.againstScan()) {
      out.println("scan: not checked (no --scan): calibration, UIDs and frame not compared with the scan's");
    }
    out.println(v.holds() ? "verified: every check holds" : "NOT verified: " + v.failures().size()
        + " check(s) fail");
    out.flush();
    if (!v.holds()) {
      throw new BadInputException(planFile.toString(), "does not verify: " + v.failureSummary());
    }
    return Main.OK;
  }
}
