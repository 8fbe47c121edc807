package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.samples.CataloguePicture;
import org.injectplan.samples.FrondPlacement;
import org.injectplan.samples.Look;
import org.injectplan.samples.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code injectplan samples --out DIR [--seed S] [--count N] [--pictures DIR] [--fronds RULE] [--look LOOK]}. */
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

  @Option(names = "--look", paramLabel = "LOOK", converter = LookConverter.class, description = "look of the US "
      + "cases: phantom (the committed samples', default) or real-tissue (what the real frames show: TGC shortfall, "
      + "smoothed speckle, grey lumens, fascia, nerve, tapering needle; docs/samples.md)")
  Look look = Look.PHANTOM;

  /** {@code phantom} or {@code real-tissue} (the enum's names also accepted). */
  static final class LookConverter implements picocli.CommandLine.ITypeConverter<Look> {
    @Override
    public Look convert(String value) {
      return Look.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  @Override
  public Integer call() throws Exception {
    if (count < 1 || count > 100) {
      throw new BadInputException("--count", "must be in [1, 100]: " + count);
    }
    PrintWriter w = spec.commandLine().getOut();
    for (SampleGenerator.Written c : SampleGenerator.generate(out, seed, count, fronds, look)) {
      w.println("wrote " + c.dicom());
      if (pictures != null) {
        w.println("wrote " + CataloguePicture.write(c, pictures));
      }
    }
    w.flush();
    return Main.OK;
  }
}
