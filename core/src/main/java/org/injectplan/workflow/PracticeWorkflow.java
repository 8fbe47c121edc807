package org.injectplan.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.Practice;
import org.injectplan.planning.PracticeScore;
import org.injectplan.scan.Scan;

/**
 * Practice, one path for the command line's {@code practice} and the plugin's Practice: a
 * trainee's target and entry on frame 0 of a sample scan, scored ({@link Practice}) against the
 * sample's reference plan ({@code <id>.plan.json} beside the scan) and its truth masks
 * ({@code masks/} beside it): the capsule (ultrasound) or the joint region (fluoroscopy),
 * required; the structure to avoid, named as the reference plan names it, and the bone, used when
 * present (an empty mask is no structure).
 */
public final class PracticeWorkflow {
  /**
   * The score and the reference plan it was scored against, or a refusal.
   *
   * @param reference the sample's reference plan, or null when refused before it was read
   */
  public record Outcome(Optional<PracticeScore> score, Plan reference, Optional<Refusal> refusal) {
  }

  private PracticeWorkflow() {
  }

  /**
   * Scores a trainee's plan on frame 0 of a sample scan.
   *
   * @throws IllegalArgumentException when the sample is not calibrated
   * @throws IOException when the reference plan or a mask cannot be read
   */
  public static Outcome score(Scan scan, PixelPoint target, PixelPoint entry) throws IOException {
    String name = scan.file().getFileName().toString();
    String id = name.endsWith(".dcm") ? name.substring(0, name.length() - 4) : name;
    Path folder = scan.file().toAbsolutePath().getParent();
    Path refFile = folder.resolve(id + ".plan.json");
    if (!Files.isRegularFile(refFile)) {
      return refused(null, scan.file().toString(), "not a sample: no reference plan " + refFile.getFileName()
          + " beside it");
    }
    Plan reference = PlanJson.read(refFile);
    boolean us = scan.isUltrasound();
    Path capsuleFile = folder.resolve("masks/" + Practice.sampleMaskKind(us) + "-f00.png");
    if (!Files.isRegularFile(capsuleFile)) {
      return refused(reference, scan.file().toString(), "not a sample: no truth mask masks/"
          + capsuleFile.getFileName() + " beside it");
    }
    Map<Path, Mask> read = new LinkedHashMap<>();
    for (Path p : new Path[] {capsuleFile, folder.resolve("masks/avoid-f00.png"), folder.resolve("masks/bone-f00.png")}) {
      if (Files.isRegularFile(p)) {
        Mask m = MaskPng.read(p);
        if (m.width() != scan.columns() || m.height() != scan.rows()) {
          return refused(reference, p.toString(), "mask is " + m.width() + "x" + m.height() + ", the frame "
              + scan.columns() + "x" + scan.rows());
        }
        read.put(p, m);
      }
    }
    Map<String, Mask> avoid = new LinkedHashMap<>();
    Mask avoidMask = read.get(folder.resolve("masks/avoid-f00.png"));
    if (avoidMask != null && !avoidMask.isEmpty()) {
      avoid.put(reference.avoid() == null || reference.avoid().isBlank() ? "structure to avoid" : reference.avoid(),
          avoidMask);
    }
    PracticeScore s = Practice.score(reference, scan.calibration(), target, entry, read.get(capsuleFile), avoid,
        read.get(folder.resolve("masks/bone-f00.png")), us);
    return new Outcome(Optional.of(s), reference, Optional.empty());
  }

  private static Outcome refused(Plan reference, String subject, String reason) {
    return new Outcome(Optional.empty(), reference, Optional.of(new Refusal(Refusal.Why.NOT_A_SAMPLE, subject,
        reason)));
  }
}
