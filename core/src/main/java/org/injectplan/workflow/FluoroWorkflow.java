package org.injectplan.workflow;

import java.io.IOException;
import java.util.Optional;
import org.injectplan.planning.CArmView;
import org.injectplan.planning.FluoroPlanning;
import org.injectplan.planning.FluoroRequest;
import org.injectplan.planning.FluoroTarget;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.scan.Scan;

/**
 * The fluoroscopy chain, as every front end runs it: the target and the joint space chosen
 * ({@link FluoroTarget}: given, else the joint-space detector's, around the click when one is
 * given), the second view resolved when one is given ({@link SecondView}), then the down-the-beam
 * plan ({@link FluoroPlanning}). Structures to avoid are the ones given: bone is not one on a
 * projection, and nothing is looked for in the image. The standard needle catalogue.
 */
public final class FluoroWorkflow {
  private final NeedleCatalogue catalogue = NeedleCatalogue.standard();

  /**
   * Plans down the beam on a frame of the scan.
   *
   * @param given the joint space ({@link GivenStructures#capsule()}, or null for the detector's)
   *     and the structures to avoid; bone is not used
   * @return the plan, or a refusal: a frame the scan lacks, a scan that is not fluoroscopy, no
   *     target given and no joint space found, a second view that cannot be used
   * @throws IllegalArgumentException when the target lies outside every calibrated region, the two
   *     views are too close in angle, or a given mask is not of the frame's size
   * @throws IOException when a scan cannot be read
   */
  public FluoroOutcome plan(Scan scan, int frame, FluoroChoices c, GivenStructures given) throws IOException {
    Optional<Refusal> bad = Refusal.frameOrModality(scan, frame, scan.isFluoroscopy(), "down the beam: fluoroscopy"
        + " (XA, RF) only");
    if (bad.isPresent()) {
      return FluoroOutcome.refused(bad.get());
    }
    CArmView view = CArmView.of(scan.header(), scan.columns(), scan.rows()).orElse(null);
    FluoroTarget t = FluoroTarget.choose(scan.frame(frame), scan.calibration(), frame, c.target(), c.seed(),
        given.capsule());
    if (!t.hasTarget()) {
      return FluoroOutcome.refused(new Refusal(Refusal.Why.NO_JOINT_SPACE, scan.file().toString(),
          "no joint space found (" + t.reason() + ")"));
    }
    FluoroRequest.Second second = null;
    if (c.lateral() != null) {
      SecondView.Resolved s = SecondView.resolve(c, view, t.target());
      if (s.refusal() != null) {
        return FluoroOutcome.refused(s.refusal());
      }
      second = s.second();
    }
    FluoroRequest req = new FluoroRequest(c.preset(), view, t.target(), t.jointSpace(), given.avoid(), second,
        c.injection().volumeMl(), c.injection().cells(), c.injection().viability());
    return FluoroOutcome.planned(t, new FluoroPlanning(catalogue).plan(UsWorkflow.reference(scan), frame,
        scan.calibration(), req));
  }
}
