package org.injectplan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.capsule.StepPictures;
import org.injectplan.segment.jointspace.JointDirection;
import org.injectplan.segment.jointspace.JointSpacePictures;

/**
 * The step pictures of docs/algorithms.md, written from a scan file: each step of the capsule
 * segmenter ({@code bench segment-pictures}) and of the joint-space detector ({@code bench
 * segment-xa --pictures}). The command line names the files; the segmenters' picture writers
 * stay below it.
 */
public final class StepPictureRuns {
  private StepPictureRuns() {
  }

  /** The capsule segmenter's steps on frame {@code frame} of {@code file}, the truth outlined when given. */
  public static List<Path> capsule(Path file, int frame, Optional<Path> truth, Path out) throws IOException {
    try (Scan scan = ScanLoader.open(file)) {
      Optional<Mask> t = truth.isEmpty() ? Optional.empty() : Optional.of(MaskPng.read(truth.get()));
      return StepPictures.write(scan.frame(frame), scan.calibration(), t, out);
    }
  }

  /** The joint-space detector's steps on frame 0 of a sample case folder, its truth mask outlined. */
  public static List<Path> jointSpace(Path caseFolder, String id, Path out) throws IOException {
    try (Scan scan = ScanLoader.open(caseFolder.resolve(id + ".dcm"))) {
      return JointSpacePictures.write(scan.frame(0), scan.calibration(), JointDirection.of(scan.header()),
          Optional.of(MaskPng.read(caseFolder.resolve("masks/joint-space-f00.png"))), out);
    }
  }
}
