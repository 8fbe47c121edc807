package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ImageJ, with a window under Xvfb and only {@code Injection_Planner.jar} in its plugins
 * folder, opens a JPEG-lossless XA file by macro through Plugins > Injection Planner > Open Scan:
 * the codec must be found inside ImageJ's plugin class loader, and the pixels must be the ones
 * the core decodes in-process.
 */
class OpenScanInImageJIT {
  private static final long TIMEOUT_S = 120;
  private static Process xvfb;
  private static String display;

  @TempDir
  Path imagej;

  @BeforeAll
  static void startXvfb() throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
      fail("Xvfb is missing: apt-get install xvfb (scripts/setup.sh installs it)");
    }
    for (int n = 90 + (int) (ProcessHandle.current().pid() % 100); n < 400; n++) {
      if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
        continue;
      }
      Process p = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      for (int i = 0; i < 100 && p.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
        Thread.sleep(50);
      }
      if (p.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
        xvfb = p;
        display = ":" + n;
        return;
      }
      p.destroyForcibly();
    }
    fail("no free X display for Xvfb");
  }

  @AfterAll
  static void stopXvfb() throws InterruptedException {
    if (xvfb != null) {
      xvfb.destroy();
      xvfb.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aJpegLosslessXaFileOpensInAPlainImageJ() throws Exception {
    Path file = Path.of(System.getProperty("injectplan.corpus"), "real", "XA1_JPLL.dcm");
    Path plugins = Files.createDirectories(imagej.resolve("plugins"));
    Files.copy(Path.of(System.getProperty("injectplan.pluginJar")), plugins.resolve("Injection_Planner.jar"));
    Path result = imagej.resolve("result.txt");
    Path macro = imagej.resolve("open.ijm");
    Files.writeString(macro, String.join("\n",
        "run(\"Open Scan...\", \"open=[" + file + "]\");",
        "s = getTitle() + \"\\n\" + nSlices + \"\\n\" + bitDepth() + \"\\n\" + getWidth() + \"\\n\"",
        "  + getPixel(512, 512) + \"\\n\" + getPixel(100, 900) + \"\\n\";",
        "File.saveString(s, \"" + result + "\");",
        "close(\"*\");",
        "run(\"Quit\");", ""));
    ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dplugins.dir=" + imagej, "-Duser.home=" + imagej, "-cp", System.getProperty("injectplan.imagejJar"),
        "ij.ImageJ", "-macro", macro.toString()))
        .redirectErrorStream(true).redirectOutput(imagej.resolve("imagej.log").toFile()).directory(imagej.toFile());
    pb.environment().put("DISPLAY", display);
    Process ij = pb.start();
    if (!ij.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      ij.destroyForcibly();
      fail("ImageJ did not finish in " + TIMEOUT_S + " s (an error dialog?); log:\n" + log());
    }
    assertTrue(Files.exists(result), "the macro ran to the end; log:\n" + log());
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals("XA1_JPLL.dcm", lines.get(0));
    assertEquals("1", lines.get(1));
    assertEquals("16", lines.get(2));
    assertEquals("1024", lines.get(3));
    try (Scan scan = ScanLoader.open(file)) {
      assertEquals(scan.frame(0).get(512, 512), (int) Double.parseDouble(lines.get(4)), "pixel (512, 512)");
      assertEquals(scan.frame(0).get(100, 900), (int) Double.parseDouble(lines.get(5)), "pixel (100, 900)");
    }
  }

  private String log() {
    try {
      return Files.readString(imagej.resolve("imagej.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
