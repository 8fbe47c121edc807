package org.injectplan.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.io.FramePng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanDescription;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan demo [--out DIR]}: loads the bundled ultrasound scan, prints what was read
 * (calibration and its source included) and writes its first frame. It grows into the full
 * plan-to-PDF demo as the planner lands.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run InjectPlan on the bundled sample scan and write the results to a folder.")
final class DemoCommand implements Callable<Integer> {
  static final String SCAN = "/org/injectplan/demo/us-jpeg-lossless.dcm";

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: injectplan-demo)")
  Path out = Path.of("injectplan-demo");

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    Path dcm = out.resolve("demo-scan.dcm");
    try (InputStream in = DemoCommand.class.getResourceAsStream(SCAN)) {
      if (in == null) {
        throw new IllegalStateException("the bundled demo scan is missing from the jar");
      }
      byte[] bytes = in.readAllBytes();
      AtomicOutput.write(dcm, true, o -> o.write(bytes));
    }
    PrintWriter w = spec.commandLine().getOut();
    try (Scan scan = ScanLoader.open(dcm)) {
      w.print(ScanDescription.text(scan));
      Path png = out.resolve("demo-frame0.png");
      AtomicOutput.write(png, true, o -> FramePng.write(scan.frame(0), o));
      w.println("wrote " + png);
    }
    w.flush();
    return Main.OK;
  }
}
