package org.injectplan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.planning.BinaryMask;
import org.injectplan.planning.JointPreset;
import ij.process.ImageProcessor;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.planning.StructureFinder;
import org.injectplan.planning.UsPlanner;
import org.injectplan.planning.UsRequest;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * {@code bench plan}: loading and decoding are not timed; each timed plan starts from the masks
 * and the decoded frame, and includes finding bone and vessels in the frame
 * ({@link StructureFinder}) and merging them with the given structures, as {@code plan} does.
 */
final class PlanTiming {
  private PlanTiming() {
  }

  /** {median ms, slowest ms} of {@code repeat} plans after as many untimed warm-up plans. */
  static double[] time(Path folder, int repeat) throws Exception {
    String id = folder.getFileName().toString();
    Plan ref = PlanJson.read(folder.resolve(id + ".plan.json"));
    try (Scan scan = ScanLoader.open(folder.resolve(id + ".dcm"))) {
      BinaryMask capsule = PlanCommand.mask(folder.resolve("masks/capsule-f00.png"), scan);
      BinaryMask avoid = PlanCommand.mask(folder.resolve("masks/avoid-f00.png"), scan);
      BinaryMask bone = PlanCommand.mask(folder.resolve("masks/bone-f00.png"), scan);
      UsRequest req = UsRequest.of(JointPreset.of(ref.joint()), capsule,
          Map.of(ref.avoid() == null ? "structure" : ref.avoid(), avoid), bone);
      UsPlanner planner = new UsPlanner(NeedleCatalogue.standard());
      var scanRef = PlanCommand.reference(scan);
      ImageProcessor frame = scan.frame(0);
      for (int i = 0; i < repeat; i++) {
        planner.plan(scanRef, 0, scan.calibration(), req.withFound(StructureFinder.find(frame, scan.calibration(),
            capsule)));
      }
      double[] ms = new double[repeat];
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        planner.plan(scanRef, 0, scan.calibration(), req.withFound(StructureFinder.find(frame, scan.calibration(),
            capsule)));
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      return new double[] {ms[repeat / 2], ms[repeat - 1]};
    }
  }
}
