package org.injectplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.image.MaskPng;
import org.injectplan.io.AtomicOutput;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.workflow.SegmentWorkflow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code injectplan segment FILE [--frame N | --best-frame] [--seed X,Y] [--mask OUT.png] [--json OUT.json]}. */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = {"Segment the joint capsule's fluid on an ultrasound frame (automatic, or seeded with a click",
        "inside the recess). --best-frame segments every frame of a cine and picks the frame to plan on.",
        "On fluoroscopy (XA/RF): the radiolucent joint space, its centre line and candidate targets",
        "(automatic, or seeded with a click inside the gap).",
        "Exit 2 with 'no capsule found: <reason>' or 'no joint space found: <reason>' rather than a guess."})
final class SegmentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
  Path file;

  @ArgGroup(exclusive = true)
  Which which = new Which();

  static final class Which {
    @Option(names = "--frame", paramLabel = "N", description = "frame number, from 0 (default: 0)")
    int frame;
    @Option(names = "--best-frame", description = "segment every frame; report the best one to plan on")
    boolean best;
  }

  @Option(names = "--seed", paramLabel = "X,Y", split = ",",
      description = "a click inside the recess, or inside the joint space's gap on fluoroscopy (pixels)")
  double[] seed;

  @Option(names = "--mask", paramLabel = "OUT.png", description = "mask PNG to write (255 inside)")
  Path mask;

  @Option(names = "--json", paramLabel = "OUT.json", description = "JSON file to write (default: stdout)")
  Path json;

  @Option(names = "--threads", description = "threads for a whole cine (default: the cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "overwrite existing output files")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (seed != null && seed.length != 2) {
      throw new IllegalArgumentException("--seed takes X,Y: " + seed.length + " value(s) given");
    }
    try (Scan scan = ScanLoader.open(file)) {
      if (!scan.isUltrasound()) {
        jointSpace(scan);
        return Main.OK;
      }
      SegmentWorkflow workflow = new SegmentWorkflow(threads);
      Optional<double[]> click = Optional.ofNullable(seed);
      Map<String, Object> extra = new LinkedHashMap<>();
      SegmentOutcome o;
      if (which.best) {
        SegmentWorkflow.Cine cine = workflow.cine(scan, click, ProgressListener.NONE);
        o = cine.chosen();
        cine.best().ifPresent(b -> extra.put("bestFrameReason", b.reason()));
        List<Object> areas = new ArrayList<>();
        cine.frames().forEach(a -> areas.add(a.isFound() ? finite(a.get().areaMm2()) : null));
        extra.put("framesAreaMm2", areas);
      } else {
        checkFrame(scan);
        o = workflow.capsule(scan, which.frame, click);
      }
      if (!o.isFound()) {
        throw new BadInputException(file.toString(), "no capsule found: " + o.reason());
      }
      write(scan, o.get(), extra);
    }
    return Main.OK;
  }

  private void checkFrame(Scan scan) throws BadInputException {
    BadInputException.requireFrame(file, which.frame, scan.frameCount());
  }

  /** Fluoroscopy (XA/RF): the joint space on one frame, its centre line and candidate targets. */
  private void jointSpace(Scan scan) throws Exception {
    if (which.best) {
      throw new BadInputException(file.toString(), "--best-frame picks a cine frame on ultrasound; on fluoroscopy ("
          + scan.modality() + ") give --frame N");
    }
    checkFrame(scan);
    JointSpaceDetector.Result r = new SegmentWorkflow(threads).jointSpace(scan, which.frame, Optional.ofNullable(seed));
    if (!r.outcome().isFound()) {
      throw new BadInputException(file.toString(), "no joint space found: " + r.outcome().reason());
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("centreLinePx", r.centreLinePx());
    extra.put("targetsPx", r.targetsPx());
    write(scan, r.outcome().get(), extra);
  }

  private void write(Scan scan, Segmentation s, Map<String, Object> extra) throws Exception {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("frame", s.frame());
    j.put("areaMm2", finite(s.areaMm2()));
    j.put("centroidPx", s.centroidPx());
    j.put("bboxPx", s.bboxPx());
    j.put("confidence", s.confidence());
    j.put("kind", s.kind().name());
    j.put("areaPx", s.areaPx());
    j.put("how", s.how());
    SegmentWorkflow.volume(scan, s).ifPresent(v -> j.put("volume", Map.of("volumeMl", v.volumeMl(), "model",
        v.model())));
    j.putAll(extra);
    scan.calibration().implausibility().ifPresent(w -> {
      j.put("warnings", List.of(w));
      spec.commandLine().getErr().println("warning: " + file + ": " + w);
    });
    if (mask != null) {
      AtomicOutput.write(mask, force, out -> MaskPng.write(s.mask(), out));
    }
    String text = Json.MAPPER.writeValueAsString(j);
    if (json != null) {
      AtomicOutput.write(json, force, out -> out.write((text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } else {
      spec.commandLine().getOut().println(text);
    }
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
