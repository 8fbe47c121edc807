package org.injectplan.workflow;

import java.util.List;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.Scan;
import org.injectplan.segment.BestFrame;
import org.injectplan.segment.CapacityEstimate;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.capsule.CineSegmenter;
import org.injectplan.segment.jointspace.JointDirection;
import org.injectplan.segment.jointspace.JointSpaceDetector;
import org.injectplan.segment.jointspace.JointSpaceParams;

/**
 * Segmentation as every front end runs it, with the defaults: on ultrasound the capsule's fluid
 * on one frame ({@link CapsuleSegmenter}, automatic or from a click) or on every frame of a cine
 * ({@link CineSegmenter}, each frame following the previous one) with the frame to plan on
 * ({@link BestFrame}); on fluoroscopy the joint space with its centre line and candidate targets
 * ({@link JointSpaceDetector}, its direction from the header where the view records one). The
 * scan gives the frames and the calibration.
 */
public final class SegmentWorkflow {
  private final int threads;

  /** On all the cores. */
  public SegmentWorkflow() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A cine on this many threads (the result is the same whatever the count). */
  public SegmentWorkflow(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** The cine's frames and the one to plan on. */
  public record Cine(List<SegmentOutcome> frames, Optional<BestFrame> best) {
    public Cine {
      frames = List.copyOf(frames);
    }

    /** The best frame's outcome, else the first frame's. */
    public SegmentOutcome chosen() {
      return frames.get(best.map(BestFrame::frame).orElse(0));
    }
  }

  /**
   * The capsule on one ultrasound frame: from the click (pixels), else automatic.
   *
   * @throws IllegalArgumentException for a frame the scan lacks
   */
  public SegmentOutcome capsule(Scan scan, int frame, Optional<double[]> seedPx) throws BadScanException {
    checkFrame(scan, frame);
    return new CapsuleSegmenter(CapsuleParams.DEFAULTS).segment(scan.frame(frame), scan.calibration(), frame, seedPx);
  }

  /** The capsule on every frame, in frame order, and the best frame to plan on. */
  public Cine cine(Scan scan, Optional<double[]> seedPx, ProgressListener progress)
      throws BadScanException, InterruptedException {
    List<SegmentOutcome> all = scan.frameCount() == 1 ? List.of(capsule(scan, 0, seedPx))
        : new CineSegmenter(new CapsuleSegmenter(CapsuleParams.DEFAULTS), threads).segmentAll(scan, seedPx, progress);
    return new Cine(all, BestFrame.choose(all));
  }

  /**
   * The joint space on one fluoroscopy frame, its centre line and candidate targets; seeded by a
   * click inside the gap, else automatic.
   */
  public JointSpaceDetector.Result jointSpace(Scan scan, int frame, Optional<double[]> seedPx) throws BadScanException {
    checkFrame(scan, frame);
    return new JointSpaceDetector(JointSpaceParams.DEFAULTS).detect(scan.frame(frame), scan.calibration(), frame,
        seedPx, JointDirection.of(scan.header()));
  }

  /**
   * The capsule's volume as {@code segment} reports it ({@link CapacityEstimate#spheroid(Segmentation,
   * double, double)}, the model of the plan's visible pocket too); empty
   * on a scan that is not calibrated ultrasound.
   */
  public static Optional<CapacityEstimate> volume(Scan scan, Segmentation s) {
    Calibration cal = scan.calibration();
    if (!cal.isCalibrated() || !scan.isUltrasound()) {
      return Optional.empty();
    }
    return Optional.of(CapacityEstimate.spheroid(s, cal.mmPerPixelX(), cal.mmPerPixelY()));
  }

  private static void checkFrame(Scan scan, int frame) {
    Optional<Refusal> bad = Refusal.frameOrModality(scan, frame, true, "");
    if (bad.isPresent()) {
      throw new IllegalArgumentException(bad.get().message());
    }
  }
}
