package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless route of docs/imagej.md, as a user runs it: a child JVM with
 * {@code -Djava.awt.headless=true}, no display in its environment, and only ImageJ 1.54p's jar and
 * the shaded {@code Injection_Planner.jar} on its class path, runs the batch macro
 * {@code plan-folder.ijm} (the one in the guide) over a folder of two sample scans through
 * {@link HeadlessMacro}. Each scan gets a plan JSON equal to the command line's {@code plan} on
 * the same file, and a PDF report; a bad file in the folder stops the macro with status 1 and a
 * message naming the file, after the scans before it were planned.
 */
class HeadlessMacroIT {
  private static final long TIMEOUT_S = 300;
  private static final double TOL = 1e-6;
  private static final List<String[]> SCANS = List.of(new String[] {"hip-us", "hip"}, new String[] {"knee-us", "knee"});

  @TempDir
  Path work;

  @Test
  void aBatchMacroPlansEveryScanOfAFolderWithoutADisplay() throws Exception {
    Path scans = writeScans();
    Result r = runMacro(scans);
    assertEquals(0, r.status(), "exit status; stderr:\n" + r.err() + "\nstdout:\n" + r.out());
    for (String[] s : SCANS) {
      Path json = scans.resolve("plans").resolve(s[0] + "-plan.json");
      Path pdf = scans.resolve("plans").resolve(s[0] + "-plan.pdf");
      assertTrue(Files.isRegularFile(json), json + "; stdout:\n" + r.out());
      assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(Files.readAllBytes(pdf), 5), pdf.toString());
      Plan macro = PlanJson.read(json);
      Plan cli = CommandLinePlan.planned(scans.resolve(s[0] + ".dcm"), "--joint", s[1]);
      assertEquals(cli.target().xPx(), macro.target().xPx(), TOL, s[0] + " target x");
      assertEquals(cli.target().yPx(), macro.target().yPx(), TOL, s[0] + " target y");
      assertEquals(cli.entry().xPx(), macro.entry().xPx(), TOL, s[0] + " entry x");
      assertEquals(cli.entry().yPx(), macro.entry().yPx(), TOL, s[0] + " entry y");
      assertTrue(cli.depthMm() != null && macro.depthMm() != null, s[0] + ": depth known in both");
      assertEquals(cli.depthMm(), macro.depthMm(), TOL, s[0] + " depth");
      assertTrue(r.out().contains("planned " + s[0] + ".dcm"), "the macro's print: " + r.out());
    }
  }

  @Test
  void aBadFileStopsTheBatchWithStatusOneAndItsName() throws Exception {
    Path scans = writeScans();
    Path bad = Files.writeString(scans.resolve("zz-broken.dcm"), "not a DICOM file"); // listed last
    Result r = runMacro(scans);
    assertEquals(1, r.status(), "exit status; stderr:\n" + r.err() + "\nstdout:\n" + r.out());
    assertTrue(r.err().contains("error: ") && r.err().contains("Open Scan: " + bad + ": "),
        "the reason names the file: " + r.err());
    for (String[] s : SCANS) {
      assertTrue(Files.isRegularFile(scans.resolve("plans").resolve(s[0] + "-plan.json")),
          s[0] + " was planned before the bad file stopped the batch");
    }
  }

  private record Result(int status, String out, String err) {
  }

  /** The sample scans, written out of the class path as a user's folder of scans. */
  private Path writeScans() throws Exception {
    Path scans = Files.createDirectories(work.resolve("scans"));
    for (String[] s : SCANS) {
      try (InputStream in = HeadlessMacroIT.class.getResourceAsStream(
          SampleFiles.RESOURCES + s[0] + "/" + s[0] + ".dcm")) {
        Files.copy(in, scans.resolve(s[0] + ".dcm"));
      }
    }
    return scans;
  }

  /** java -Djava.awt.headless=true -cp ij.jar:Injection_Planner.jar HeadlessMacro plan-folder.ijm FOLDER, no DISPLAY. */
  private Result runMacro(Path scans) throws Exception {
    Path macro = work.resolve("plan-folder.ijm");
    try (InputStream in = HeadlessMacroIT.class.getResourceAsStream("plan-folder.ijm")) {
      Files.copy(in, macro);
    }
    Path out = work.resolve("stdout.txt");
    Path err = work.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Duser.home=" + work, "-cp",
        System.getProperty("injectplan.imagejJar") + File.pathSeparator + System.getProperty("injectplan.pluginJar"),
        HeadlessMacro.class.getName(), macro.toString(), scans.toString())
        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("XAUTHORITY");
    pb.environment().remove("WAYLAND_DISPLAY");
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("HeadlessMacro did not end in " + TIMEOUT_S + " s; stdout:\n" + Files.readString(out));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
