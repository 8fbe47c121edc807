package org.injectplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.MaskMetrics;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.capsule.CineSegmenter;
import org.injectplan.segment.capsule.FrameAnalysis;

/**
 * Accuracy and speed of the ultrasound capsule segmenter on one sample case folder
 * ({@code <dir>/<id>/<id>.dcm}, its truth JSON with the per-frame capsule masks, and its
 * reference plan, whose target is the click of seeded mode on frame 0). Both modes run as a cine
 * runs: frame 0 automatic or seeded, the next frames following the previous one. Speed: one core,
 * every frame decoded beforehand, analysis and automatic choice per frame; and the whole cine on
 * the given threads, decoding included.
 */
public final class SegmentationAccuracy {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Per-frame Dice and HD95 (mm) of one mode; a frame without a finding counts Dice 0, HD95 infinite. */
  public record ModeFigures(double[] dice, double[] hd95Mm) {
    public double diceMean() {
      double s = 0;
      for (double d : dice) {
        s += d;
      }
      return s / dice.length;
    }

    public double diceMin() {
      double m = 1;
      for (double d : dice) {
        m = Math.min(m, d);
      }
      return m;
    }

    public double hd95MaxMm() {
      double m = 0;
      for (double h : hd95Mm) {
        m = Math.max(m, h);
      }
      return m;
    }
  }

  /** The figures of one case. */
  public record CaseFigures(String id, int frames, ModeFigures automatic, ModeFigures seeded,
      double msPerFrameOneCore, double cineMsPerFrameOneThread, double cineMsPerFrame, int threads) {
  }

  private SegmentationAccuracy() {
  }

  /** Measures a case; {@code repeats} passes over the frames for the one-core time (the best is kept). */
  public static CaseFigures measure(Path samplesDir, String id, int threads, int repeats)
      throws IOException, BadScanException, InterruptedException {
    Path dir = samplesDir.resolve(id);
    JsonNode truth = MAPPER.readTree(dir.resolve(id + ".truth.json").toFile());
    JsonNode target = MAPPER.readTree(dir.resolve(id + ".plan.json").toFile()).get("target");
    double[] click = {target.get("xPx").asDouble(), target.get("yPx").asDouble()};
    CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);
    try (Scan scan = ScanLoader.open(dir.resolve(id + ".dcm"))) {
      List<Mask> masks = new ArrayList<>();
      for (JsonNode f : truth.get("perFrame")) {
        masks.add(MaskPng.read(dir.resolve(f.get("capsuleMask").asText())));
      }
      double mm = scan.calibration().mmPerPixelX();
      double mmY = scan.calibration().mmPerPixelY();
      CineSegmenter cine = new CineSegmenter(seg, threads);
      long t0 = System.nanoTime();
      List<SegmentOutcome> auto = cine.segmentAll(scan, Optional.empty(), ProgressListener.NONE);
      double cineMs = (System.nanoTime() - t0) / 1e6 / scan.frameCount();
      t0 = System.nanoTime();
      new CineSegmenter(seg, 1).segmentAll(scan, Optional.empty(), ProgressListener.NONE);
      double cineMs1 = (System.nanoTime() - t0) / 1e6 / scan.frameCount();
      List<SegmentOutcome> seeded = cine.segmentAll(scan, Optional.of(click), ProgressListener.NONE);
      return new CaseFigures(id, scan.frameCount(), figures(auto, masks, mm, mmY), figures(seeded, masks, mm, mmY),
          oneCoreMs(scan, seg, repeats), cineMs1, cineMs, threads);
    }
  }

  /** Wall time in ms of segmenting a whole cine (automatic, decoding included) on 1 and on N threads, best of 3. */
  public static double[] cineMs(Scan scan, int threads) throws BadScanException, InterruptedException {
    CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        new CineSegmenter(seg, k == 0 ? 1 : threads).segmentAll(scan, Optional.empty(), ProgressListener.NONE);
        best[k] = Math.min(best[k], (System.nanoTime() - t0) / 1e6);
      }
    }
    return best;
  }

  private static double oneCoreMs(Scan scan, CapsuleSegmenter seg, int repeats) throws BadScanException {
    List<ImageProcessor> frames = new ArrayList<>();
    for (int i = 0; i < scan.frameCount(); i++) {
      frames.add(scan.frame(i));
    }
    double best = Double.MAX_VALUE;
    for (int r = 0; r < Math.max(1, repeats); r++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < frames.size(); i++) {
        FrameAnalysis a = seg.analyse(frames.get(i), scan.calibration());
        seg.automatic(a, i);
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e6 / frames.size());
    }
    return best;
  }

  private static ModeFigures figures(List<SegmentOutcome> out, List<Mask> truth, double mmX, double mmY) {
    double[] dice = new double[out.size()];
    double[] hd = new double[out.size()];
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).isFound()) {
        Mask m = out.get(i).get().mask();
        dice[i] = MaskMetrics.dice(m, truth.get(i));
        hd[i] = MaskMetrics.hausdorff95Mm(m, truth.get(i), mmX, mmY);
      } else {
        hd[i] = Double.POSITIVE_INFINITY;
      }
    }
    return new ModeFigures(dice, hd);
  }
}
