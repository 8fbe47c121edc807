package org.injectplan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** dciodvfy and dcmtk, run as the independent checks of what the report writes. */
final class DicomOracles {
  private DicomOracles() {
  }

  record Run(int exit, String output) {
  }

  static Run run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("hung: " + String.join(" ", cmd));
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** dciodvfy's lines that are errors ("Error - ..."). */
  static List<String> dciodvfyErrors(Path file) throws IOException, InterruptedException {
    Run r = run("dciodvfy", "-new", file.toString());
    return r.output().lines().filter(l -> l.startsWith("Error")).toList();
  }
}
