package org.injectplan.cli;

import ij.process.ImageProcessor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.planning.JointPreset;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.structures.StructureFinder;
import org.injectplan.workflow.GivenStructures;
import org.injectplan.workflow.UsChoices;
import org.injectplan.workflow.UsWorkflow;

/**
 * {@code bench plan}: loading and decoding are not timed; each timed plan starts from the masks
 * and the decoded frame, and runs the {@link UsWorkflow} as {@code plan} does, finding bone and
 * vessels in the frame ({@link StructureFinder}) and merging them with the given structures.
 */
final class PlanTiming {
  private PlanTiming() {
  }

  /** {median ms, slowest ms} of {@code repeat} plans after as many untimed warm-up plans. */
  static double[] time(Path folder, int repeat) throws Exception {
    String id = folder.getFileName().toString();
    Plan ref = PlanJson.read(folder.resolve(id + ".plan.json"));
    try (Scan scan = ScanLoader.open(folder.resolve(id + ".dcm"))) {
      GivenStructures given = new GivenStructures(PlanCommand.mask(folder.resolve("masks/capsule-f00.png"), scan),
          Map.of(ref.avoid() == null ? "structure" : ref.avoid(), PlanCommand.mask(folder.resolve(
              "masks/avoid-f00.png"), scan)), PlanCommand.mask(folder.resolve("masks/bone-f00.png"), scan));
      UsChoices choices = UsChoices.of(JointPreset.of(ref.joint()));
      UsWorkflow workflow = new UsWorkflow();
      ScanReference scanRef = UsWorkflow.reference(scan);
      ImageProcessor frame = scan.frame(0);
      for (int i = 0; i < repeat; i++) {
        workflow.plan(scanRef, frame, 0, scan.calibration(), choices, given);
      }
      double[] ms = new double[repeat];
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        workflow.plan(scanRef, frame, 0, scan.calibration(), choices, given);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      return new double[] {ms[repeat / 2], ms[repeat - 1]};
    }
  }
}
