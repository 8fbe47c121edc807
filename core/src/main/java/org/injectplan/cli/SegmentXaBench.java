package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.injectplan.bench.JointSpaceAccuracy;
import org.injectplan.bench.StepPictureRuns;
import org.injectplan.segment.jointspace.JointSpaceParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code injectplan bench segment-xa DIR}: accuracy and speed of the fluoroscopy joint-space detector. */
@Command(name = "segment-xa", mixinStandardHelpOptions = true, description = {"Detect the joint space on each fluoroscopy sample case in DIR",
    "(automatic and seeded); print the centre-line error, the candidate targets inside the truth and ms/frame."})
final class SegmentXaBench implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "DIR", description = "the samples folder (one folder per case)")
  Path dir;
  @Option(names = "--repeats", defaultValue = "5", description = "timed runs per case (best kept)")
  int repeats;
  @Option(names = "--cases", split = ",", defaultValue = "facet-oblique-xa,spine-ap-xa,spine-lateral-xa,hip-ap-xa")
  List<String> cases;

  @Option(names = "--pictures", paramLabel = "OUT", description = "also write the step pictures of docs/algorithms.md"
      + " (the first case) into OUT")
  Path pictures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (pictures != null) {
      String id = cases.get(0);
      StepPictureRuns.jointSpace(dir.resolve(id), id, pictures).forEach(p -> out.println("wrote " + p));
    }
    for (String id : cases) {
      JointSpaceAccuracy.measure(dir, id, JointSpaceParams.DEFAULTS, 1); // warm-up: the JIT compiles the hot loops
    }
    out.printf("%-18s %12s %10s %12s %10s %10s%n", "case", "autoErrMm", "autoIn", "seededErrMm", "seededIn",
        "ms/frame");
    for (String id : cases) {
      JointSpaceAccuracy.CaseFigures f = JointSpaceAccuracy.measure(dir, id, JointSpaceParams.DEFAULTS, repeats);
      out.printf("%-18s %12.2f %10s %12.2f %10s %10.1f%n", id, f.automatic().centreLineErrorMm(),
          f.automatic().targetsInTruth() + "/" + f.automatic().targets(), f.seeded().centreLineErrorMm(),
          f.seeded().targetsInTruth() + "/" + f.seeded().targets(), f.msPerFrame());
    }
    out.println("ErrMm: mean symmetric distance between the detected centre line and the truth mask's skeleton,"
        + " header mm (goal <= 1.0); In: candidate targets inside the truth mask; seeded: a click at the middle of"
        + " the truth centre line; ms/frame: automatic, one core, frame decoded beforehand, best of " + repeats + ".");
    return Main.OK;
  }
}
