package org.injectplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanDescription;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code injectplan info FILE [--json]}. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Describe a scan: modality, size, frames, transfer syntax, calibration and its source.")
final class InfoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
  Path file;

  @Option(names = "--json", description = "one JSON object on stdout")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Scan scan = ScanLoader.open(file)) {
      if (json) {
        spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(ScanDescription.of(scan)));
      } else {
        spec.commandLine().getOut().print(ScanDescription.text(scan));
      }
      spec.commandLine().getOut().flush();
    }
    return Main.OK;
  }
}
