package org.injectplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.injectplan.dicom.BadScanException;

/**
 * {@code injectplan bench real DIR}: image analysis on the real frames of {@code shared/real-us}
 * (FILES.tsv), per set, one section per analysis. Figures in mm rest on the calibration of
 * FILES.tsv, assumed for most files.
 */
public final class RealBench {
  /** The analyses measured, in print order: add one line for a new {@link RealBenchSection}. */
  public static final List<RealBenchSection> SECTIONS = List.of(
      new RealLoading(),
      new RealSeeded(),
      new RealSearch(),
      new RealFinders(),
      new RealNeedleSection());

  private RealBench() {
  }

  /** Runs every section on every set of DIR and prints the figures. */
  public static void run(Path dir, List<RealBenchSection> sections, PrintWriter out)
      throws IOException, BadScanException {
    Map<String, List<RealFrame>> sets = RealFrames.read(dir);
    for (Map.Entry<String, List<RealFrame>> e : sets.entrySet()) {
      List<RealFrame> frames = e.getValue();
      long assumed = frames.stream().filter(RealFrame::calibrationAssumed).count();
      out.printf("%s: %d frames; calibration (FILES.tsv) %s%n", e.getKey(), frames.size(), assumed == 0
          ? "measured" : "ASSUMED on " + assumed + " of them: the mm figures below rest on it");
      for (RealBenchSection s : sections) {
        if (s.appliesTo(e.getKey(), frames)) {
          out.println(" " + s.title() + ":");
          s.run(e.getKey(), frames, out);
        }
      }
      out.flush();
    }
  }
}
