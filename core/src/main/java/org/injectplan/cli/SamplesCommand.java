package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.samples.CataloguePicture;
import org.injectplan.samples.FrondPlacement;
import org.injectplan.samples.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code injectplan samples --out DIR [--seed S] [--count N] [--pictures DIR] [--fronds RULE]}. */
@Command(name = "samples", mixinStandardHelpOptions = true,
    description = "Generate the synthetic sample scans (US and XA DICOM) with truth masks and reference plans.")
final class SamplesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(names = "--seed", paramLabel = "S", description = "random seed (default: the committed samples' seed)")
  long seed = SampleGenerator.DEFAULT_SEED;

  @Option(names = "--count", paramLabel = "N", description = "variants of each case (default 1)")
  int count = 1;

  @Option(names = "--pictures", paramLabel = "DIR", description = "also write a catalogue picture of each case here")
  Path pictures;

  @Option(names = "--fronds", paramLabel = "RULE", description = "synovial fronds of the US cases: ON_WALL "
      + "(the committed samples' rule, default: no fluid slivers between frond and wall) or RADIAL (the first rule, "
      + "which leaves them; sample-dicom/README.md)")
  FrondPlacement fronds = FrondPlacement.ON_WALL;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || count > 100) {
      throw new BadInputException("--count", "must be in [1, 100]: " + count);
    }
    PrintWriter w = spec.commandLine().getOut();
    for (SampleGenerator.Written c : SampleGenerator.generate(out, seed, count, fronds)) {
      w.println("wrote " + c.dicom());
      if (pictures != null) {
        w.println("wrote " + CataloguePicture.write(c, pictures));
      }
    }
    w.flush();
    return Main.OK;
  }
}
