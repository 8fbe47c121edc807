package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing {@code injectplan report} (SIGKILL) while it writes leaves every destination either as it
 * was or whole: the child is killed the moment a temporary ".part" file appears beside the
 * destinations, i.e. in the middle of writing.
 */
class ReportKillTest {
  static final int ATTEMPTS = 8;
  static final byte[] OLD = "OLD CONTENT".getBytes(StandardCharsets.US_ASCII);
  @TempDir
  Path dir;

  @Test
  void killedWhileWritingLeavesNoPartialFileAtTheDestination() throws Exception {
    Path plan = dir.resolve("plan.json");
    try (var out = Files.newOutputStream(plan)) {
      PlanJson.write(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)), out);
    }
    int killedMidWrite = 0;
    for (int attempt = 0; attempt < ATTEMPTS && killedMidWrite < 2; attempt++) {
      Path out = Files.createDirectories(dir.resolve("run" + attempt));
      List<Path> targets = List.of(out.resolve("r.pdf"), out.resolve("r.dcm"), out.resolve("r.sc.dcm"));
      for (Path t : targets) {
        Files.write(t, OLD);
      }
      Process p = child(plan, out).start();
      boolean sawPart = false;
      while (p.isAlive()) {
        if (hasPart(out)) {
          p.destroyForcibly();
          sawPart = true;
          break;
        }
        Thread.onSpinWait();
      }
      p.waitFor(30, TimeUnit.SECONDS);
      if (sawPart) {
        killedMidWrite++;
      }
      for (Path t : targets) {
        byte[] b = Files.readAllBytes(t);
        assertTrue(java.util.Arrays.equals(OLD, b) || whole(t, b), t + " is neither the old file nor whole ("
            + b.length + " bytes)");
      }
    }
    System.out.println("ReportKillTest: killed mid-write " + killedMidWrite + " time(s)");
    assertTrue(killedMidWrite > 0, "never caught the child in the middle of writing in " + ATTEMPTS + " runs");
  }

  static boolean hasPart(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out)) {
      return s.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
    } catch (java.nio.file.NoSuchFileException raced) {
      return false;
    }
  }

  static boolean whole(Path t, byte[] b) throws Exception {
    if (t.toString().endsWith(".pdf")) {
      try (var doc = org.apache.pdfbox.Loader.loadPDF(b)) {
        return doc.getNumberOfPages() > 0 && new String(b, b.length - 8, 8, StandardCharsets.ISO_8859_1)
            .contains("%%EOF");
      }
    }
    assertEquals("2.25.", ReportCommandTest.sopInstanceUid(t).substring(0, 5));
    return true;
  }

  static ProcessBuilder child(Path plan, Path out) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "org.injectplan.cli.Main", "report", plan.toString(), "--pdf", out.resolve("r.pdf").toString(), "--dicom",
        out.resolve("r.dcm").toString(), "--force"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }
}
