package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A plain ImageJ 1.54p with a window on an Xvfb display and only {@code Injection_Planner.jar}
 * in its plugins folder: the jar exactly as a user drops it in, without Maven's class path or
 * Debian's jars (and, when asked, other libraries in ImageJ's jars/ folder, as in Fiji). The
 * display is started once for a test class and stopped by its PID.
 */
final class ImageJUnderXvfb {
  static final long TIMEOUT_S = 180;
  private final Process xvfb;
  private final String display;

  private ImageJUnderXvfb(Process xvfb, String display) {
    this.xvfb = xvfb;
    this.display = display;
  }

  /** Starts Xvfb on the first free display from a number derived from our PID. */
  static ImageJUnderXvfb start() throws Exception {
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
        return new ImageJUnderXvfb(p, ":" + n);
      }
      p.destroyForcibly();
    }
    fail("no free X display for Xvfb");
    return null;
  }

  /**
   * Runs the macro in a fresh ImageJ whose folder is {@code home} (plugins/ holds only the jar);
   * fails when ImageJ does not finish in time. The macro should end with {@code run("Quit")}.
   */
  void runMacro(Path home, String macro) throws Exception {
    runMacro(home, macro, List.of());
  }

  /**
   * As {@link #runMacro(Path, String)}, with {@code jars} copied into ImageJ's {@code jars/} folder
   * and put on the class path after ImageJ's own jar, as Fiji's launcher does: a class there is
   * found before the plugins' copies of it (the plugin class loader asks its parent first).
   */
  void runMacro(Path home, String macro, List<Path> jars) throws Exception {
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Files.copy(Path.of(System.getProperty("injectplan.pluginJar")), plugins.resolve("Injection_Planner.jar"));
    StringBuilder classPath = new StringBuilder(System.getProperty("injectplan.imagejJar"));
    for (Path jar : jars) {
      Path copy = Files.createDirectories(home.resolve("jars")).resolve(jar.getFileName());
      classPath.append(File.pathSeparator).append(Files.copy(jar, copy));
    }
    Path file = home.resolve("macro.ijm");
    Files.writeString(file, macro);
    Path tmp = Files.createDirectories(home.resolve("tmp")); // ImageJ's temporary files go with home
    ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dplugins.dir=" + home, "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-cp", classPath.toString(),
        "ij.ImageJ", "-macro", file.toString()))
        .redirectErrorStream(true).redirectOutput(home.resolve("imagej.log").toFile()).directory(home.toFile());
    pb.environment().put("DISPLAY", display);
    Process ij = pb.start();
    if (!ij.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      ij.destroyForcibly();
      fail("ImageJ did not finish in " + TIMEOUT_S + " s (an error dialog?); log:\n" + log(home));
    }
  }

  static String log(Path home) {
    try {
      return Files.readString(home.resolve("imagej.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops Xvfb (by its PID). */
  void close() throws InterruptedException {
    xvfb.destroy();
    xvfb.waitFor(10, TimeUnit.SECONDS);
  }
}
