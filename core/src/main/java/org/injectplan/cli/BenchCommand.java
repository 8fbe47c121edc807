package org.injectplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.injectplan.bench.FrameDecoding;
import org.injectplan.bench.SegmentationAccuracy;
import org.injectplan.bench.StepPictureRuns;
import org.injectplan.bench.SyntheticCine;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code injectplan bench ...}: benchmarks that print figures (see docs/benchmarks.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks that print figures (docs/benchmarks.md).",
    subcommands = {BenchCommand.Decode.class, BenchCommand.Memory.class, BenchCommand.Malformed.class,
        BenchCommand.MakeCine.class, BenchCommand.Report.class, BenchCommand.PlanBench.class,
        BenchCommand.Segment.class, BenchCommand.SegmentPictures.class, SegmentXaBench.class, BenchCommand.Real.class})
final class BenchCommand {

  /** Decode every frame once, on N threads; print the time. */
  @Command(name = "decode", description = "Decode every frame of FILE once; print frames, ms and frames/s.")
  static final class Decode implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;
    @Option(names = "--threads", description = "decoding threads (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      try (Scan scan = ScanLoader.open(file)) {
        long sum = FrameDecoding.decodeAll(scan, threads);
        double ms = (System.nanoTime() - t0) / 1e6;
        spec.commandLine().getOut().printf("decode %s: %d frames %dx%d, %d thread(s), %.1f ms, %.1f frames/s,"
            + " checksum %d%n", file.getFileName(), scan.frameCount(), scan.columns(), scan.rows(), threads, ms,
            scan.frameCount() * 1000 / ms, sum);
      }
      return Main.OK;
    }
  }

  /** Open a cine and read every frame once; print peak resident memory. */
  @Command(name = "memory", description = "Open FILE, read every frame once; print peak resident memory (VmHWM).")
  static final class Memory implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;
    @Option(names = "--threads", description = "decoding threads (default: 1)")
    int threads = 1;

    @Override
    public Integer call() throws Exception {
      try (Scan scan = ScanLoader.open(file)) {
        String afterOpen = peakResident();
        FrameDecoding.decodeAll(scan, threads);
        spec.commandLine().getOut().printf("memory %s: %d frames %dx%d; peak resident after open %s, after"
            + " reading every frame %s; max heap %d MB%n", file.getFileName(), scan.frameCount(), scan.columns(),
            scan.rows(), afterOpen, peakResident(), Runtime.getRuntime().maxMemory() >> 20);
      }
      return Main.OK;
    }
  }

  /** Time to load (and refuse, or decode frame 0 of) each file in a folder. */
  @Command(name = "malformed", description = "For each file in DIR: load it and decode its first frame; print the"
      + " outcome and the time.")
  static final class Malformed implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      double worst = 0;
      for (Path f : files) {
        long t0 = System.nanoTime();
        String outcome;
        try (Scan scan = ScanLoader.open(f)) {
          scan.frame(scan.frameCount() - 1);
          outcome = "read";
        } catch (BadScanException e) {
          outcome = "refused: " + e.reason();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        worst = Math.max(worst, ms);
        out.printf("%8.1f ms  %s  %s%n", ms, f.getFileName(), outcome);
      }
      out.printf("slowest %.1f ms over %d files (goal: under 2000 ms each)%n", worst, files.size());
      return Main.OK;
    }
  }

  /** Write a synthetic greyscale US cine. */
  @Command(name = "make-cine", description = "Write a synthetic greyscale US multi-frame cine (JPEG baseline by default).")
  static final class MakeCine implements Callable<Integer> {
    @Option(names = "--frames", defaultValue = "100")
    int frames;
    @Option(names = "--columns", defaultValue = "640")
    int columns;
    @Option(names = "--rows", defaultValue = "480")
    int rows;
    @Option(names = "--native", description = "store uncompressed instead of JPEG baseline")
    boolean nativePixels;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() throws Exception {
      SyntheticCine.write(new SyntheticCine.Spec(frames, columns, rows,
          nativePixels ? SyntheticCine.Storage.NATIVE : SyntheticCine.Storage.JPEG_BASELINE, seed), out);
      return Main.OK;
    }
  }

  /** Build the report PDF with its images in-process, N times; print the times. */
  @Command(name = "report", description = "Build the PDF of PLAN.json (key image, profile, PDF/A) in-process N times;"
      + " print the first and the median time (goal: at most 1000 ms).")
  static final class Report implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PLAN.json")
    Path planFile;
    @Option(names = "--scan", paramLabel = "FILE", description = "the scan, instead of the plan's scan.file")
    Path scanFile;
    @Option(names = "--runs", defaultValue = "10")
    int runs;

    @Override
    public Integer call() throws Exception {
      org.injectplan.plan.Plan plan = org.injectplan.plan.PlanJson.read(planFile);
      Path scanPath = scanFile != null ? scanFile : Path.of(plan.scan().file());
      try (Scan scan = ScanLoader.open(scanPath)) {
        var t = org.injectplan.bench.ReportBuilding.time(plan, scan, Math.max(1, runs));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("report %s on %s, %d run(s) (goal: at most 1000 ms)%n", planFile.getFileName(),
            scanPath.getFileName(), runs);
        out.println("  key image + profile + PDF/A: " + summary(t.buildMs()));
        out.println("  decoding the planned frame:  " + summary(t.decodeMs()));
        double[] total = new double[runs];
        for (int i = 0; i < runs; i++) {
          total[i] = t.buildMs()[i] + t.decodeMs()[i];
        }
        out.println("  both:                        " + summary(total));
      }
      return Main.OK;
    }
  }

  /** Time the ultrasound planner on every ultrasound sample in a folder, on the calling thread. */
  @Command(name = "plan", description = {"For each ultrasound sample folder in DIR (<id>/<id>.dcm, <id>.plan.json,",
      "masks/): plan frame 0 from the truth masks, finding bone and vessels too, REPEAT times on one thread; print",
      "ms per plan (goal: <= 10 ms)."})
  static final class PlanBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;
    @Option(names = "--repeat", defaultValue = "50", description = "timed plans per sample (default: 50)")
    int repeat;

    @Override
    public Integer call() throws Exception {
      if (repeat < 1) {
        throw new IllegalArgumentException("--repeat must be >= 1: " + repeat);
      }
      PrintWriter out = spec.commandLine().getOut();
      List<Path> cases;
      try (Stream<Path> s = Files.list(dir)) {
        cases = s.filter(d -> Files.isRegularFile(d.resolve("masks/capsule-f00.png"))).sorted().toList();
      }
      double worst = 0;
      for (Path c : cases) {
        double[] ms = PlanTiming.time(c, repeat);
        worst = Math.max(worst, ms[0]);
        out.printf("%-16s median %6.2f ms, slowest %6.2f ms per plan over %d plans (1 thread)%n",
            c.getFileName(), ms[0], ms[1], repeat);
      }
      out.printf("slowest median %.2f ms over %d samples (goal: <= 10 ms per plan on one core)%n", worst,
          cases.size());
      return Main.OK;
    }
  }

  /** Accuracy and speed of the capsule segmenter on the sample scans. */
  @Command(name = "segment", description = "Segment every frame of each US sample case in DIR (automatic and seeded);"
      + " print Dice, HD95 and ms/frame per case.")
  static final class Segment implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DIR", description = "the samples folder (one folder per case)")
    Path dir;
    @Option(names = "--threads", description = "threads for the whole-cine run (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--repeats", defaultValue = "5", description = "passes for the one-core time (best kept)")
    int repeats;
    @Option(names = "--cases", split = ",", defaultValue = "knee-us,knee-cine,shoulder-us,shoulder-cine,hip-us,hip-cine")
    List<String> cases;
    @Option(names = "--cine", paramLabel = "FILE", description = "also time this (long) cine on 1 and N threads")
    Path cine;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      for (String id : cases) {
        SegmentationAccuracy.measure(dir, id, threads, 1); // warm-up: the JIT compiles the hot loops
      }
      out.printf("%-14s %6s %9s %8s %9s %9s %8s %9s %10s %8s %10s %10s%n", "case", "frames", "autoDice", "autoMin",
          "autoHd95", "seedDice", "seedMin", "seedHd95", "ms/frame1", "fps1", "cine1T", "cine" + threads + "T");
      for (String id : cases) {
        SegmentationAccuracy.CaseFigures f = SegmentationAccuracy.measure(dir, id, threads, repeats);
        out.printf("%-14s %6d %9.3f %8.3f %9.2f %9.3f %8.3f %9.2f %10.2f %8.1f %10.2f %10.2f%n", id, f.frames(),
            f.automatic().diceMean(), f.automatic().diceMin(), f.automatic().hd95MaxMm(), f.seeded().diceMean(),
            f.seeded().diceMin(), f.seeded().hd95MaxMm(), f.msPerFrameOneCore(), 1000 / f.msPerFrameOneCore(),
            f.cineMsPerFrameOneThread(), f.cineMsPerFrame());
      }
      if (cine != null) {
        try (Scan scan = ScanLoader.open(cine)) {
          double[] ms = SegmentationAccuracy.cineMs(scan, threads);
          out.printf("cine %s: %d frames %dx%d, whole cine (decode + segment every frame): 1 thread %.1f ms"
              + " (%.2f ms/frame), %d threads %.1f ms (%.2f ms/frame), speed-up %.2f%n", cine.getFileName(),
              scan.frameCount(), scan.columns(), scan.rows(), ms[0], ms[0] / scan.frameCount(), threads, ms[1],
              ms[1] / scan.frameCount(), ms[0] / ms[1]);
        }
      }
      out.printf("Dice: mean and minimum over the frames; Hd95: worst frame, mm. ms/frame1: one core, frames decoded"
          + " beforehand; cine1T, cine%dT: ms/frame for the whole cine (decoding included) on 1 and %d"
          + " thread(s).%n", threads, threads);
      return Main.OK;
    }
  }

  /** "first F ms, median M ms, best B ms". */
  static String summary(double[] ms) {
    double[] sorted = ms.clone();
    java.util.Arrays.sort(sorted);
    return String.format(java.util.Locale.ROOT, "first %.1f ms, median %.1f ms, best %.1f ms", ms[0],
        sorted[sorted.length / 2], sorted[0]);
  }

  /** The pictures of docs/algorithms.md: each step of the capsule segmenter on one frame. */
  @Command(name = "segment-pictures", description = "Write a picture of each step of the capsule segmenter on frame N"
      + " of FILE into DIR (docs/images/algorithms).")
  static final class SegmentPictures implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;
    @Option(names = "--frame", defaultValue = "0")
    int frame;
    @Option(names = "--truth", paramLabel = "MASK.png", description = "truth mask to outline in the last step")
    Path truth;
    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() throws Exception {
      StepPictureRuns.capsule(file, frame, java.util.Optional.ofNullable(truth), out);
      return Main.OK;
    }
  }

  /** Image analysis on the real frames of a real-us folder (FILES.tsv), one section per analysis. */
  @Command(name = "real", description = {"Run the image analyses on the real frames of DIR (shared/real-us, listed in",
      "FILES.tsv) and print their figures per set; mm figures rest on FILES.tsv's calibration, mostly assumed."})
  static final class Real implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;
    @Option(names = "--only", paramLabel = "WORD", description = {"Run only the sections whose title contains WORD",
        "(e.g. seeded, search, needle)."})
    String only;

    @Override
    public Integer call() throws Exception {
      List<org.injectplan.bench.RealBenchSection> sections = org.injectplan.bench.RealBench.SECTIONS.stream()
          .filter(s -> only == null || s.title().contains(only)).toList();
      if (sections.isEmpty()) {
        throw new BadInputException("--only " + only, "no section of bench real has that word in its title");
      }
      org.injectplan.bench.RealBench.run(dir, sections, spec.commandLine().getOut());
      return Main.OK;
    }
  }

  /** VmHWM from /proc/self/status (Linux), e.g. "123 MB". */
  static String peakResident() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return (kb >> 10) + " MB";
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }
}
