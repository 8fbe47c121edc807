package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.cli.Main;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;

/**
 * The command line's {@code plan}, run in-process through {@link Main#run} as a user would run
 * {@code injectplan plan ...}: the reference the plugin's plans are compared with.
 */
final class CommandLinePlan {
  /** The outcome of one run: the exit status, what went to stderr, and the plan when it wrote one. */
  record Run(int status, String err, Plan plan) {
  }

  private CommandLinePlan() {
  }

  /** Runs {@code plan FILE ARGS... --out TMP} and reads the plan it wrote (null when it refused). */
  static Run plan(Path file, String... args) throws Exception {
    Path out = Files.createTempFile("injectplan-cli", ".plan.json");
    Files.delete(out);
    List<String> all = new ArrayList<>(List.of("plan", file.toString()));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    StringWriter err = new StringWriter();
    int status = Main.run(all.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    try {
      return new Run(status, err.toString(), status == 0 ? PlanJson.read(out) : null);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Runs {@code plan} and requires it to succeed. */
  static Plan planned(Path file, String... args) throws Exception {
    Run r = plan(file, args);
    assertEquals(0, r.status(), "injectplan plan " + file + " " + String.join(" ", args) + ": " + r.err());
    return r.plan();
  }

  /**
   * The plugin's plan has the command line's figures, to 1e-6 (pixels, degrees, millimetres), and
   * is the same plan but for the provenance the command line stamps on it.
   */
  static void assertSameFigures(Plan cli, Plan plugin) {
    double tol = 1e-6;
    assertEquals(cli.target().xPx(), plugin.target().xPx(), tol, "target x");
    assertEquals(cli.target().yPx(), plugin.target().yPx(), tol, "target y");
    assertEquals(cli.entry().xPx(), plugin.entry().xPx(), tol, "entry x");
    assertEquals(cli.entry().yPx(), plugin.entry().yPx(), tol, "entry y");
    assertEquals(cli.angleDeg(), plugin.angleDeg(), tol, "angle");
    assertEquals(cli.depthMm() == null, plugin.depthMm() == null, "depth known in both or neither");
    if (cli.depthMm() != null) {
      assertEquals(cli.depthMm(), plugin.depthMm(), tol, "depth");
      assertEquals(cli.pathLengthMm(), plugin.pathLengthMm(), tol, "path length");
    }
    assertEquals(cli.minClearanceMm() == null, plugin.minClearanceMm() == null, "clearance measured in both or neither");
    if (cli.minClearanceMm() != null) {
      assertEquals(cli.minClearanceMm(), plugin.minClearanceMm(), tol, "clearance");
    }
    assertEquals(cli.avoid(), plugin.avoid(), "nearest structure");
    assertEquals(cli.avoidStructures().stream().map(s -> s.name()).toList(),
        plugin.avoidStructures().stream().map(s -> s.name()).toList(), "structures avoided");
    assertEquals(cli.needle(), plugin.needle(), "needle");
    assertEquals(cli.warnings(), plugin.warnings(), "warnings");
    // the command line stamps who made the plan, with what and when (issue 13); the plugin's plan is not stamped
    assertEquals(cli.withProvenance(null), plugin.withProvenance(null), "the whole plan, its provenance aside");
  }
}
