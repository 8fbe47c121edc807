package org.injectplan.workflow;

import ij.process.ImageProcessor;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.image.Mask;
import org.injectplan.plan.ScanReference;
import org.injectplan.planning.NeedleCatalogue;
import org.injectplan.planning.PlanningResult;
import org.injectplan.planning.UsPlanner;
import org.injectplan.planning.UsRequest;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.Scan;
import org.injectplan.segment.SegmentOutcome;
import org.injectplan.segment.Segmentation;
import org.injectplan.segment.capsule.CapsuleParams;
import org.injectplan.segment.capsule.CapsuleSegmenter;
import org.injectplan.segment.structures.StructureFinder;

/**
 * The in-plane ultrasound chain, as every front end runs it: the capsule given, else segmented
 * on the frame ({@link CapsuleSegmenter}, automatic or from the click); bone with its shadow and
 * vessels found in the frame ({@link StructureFinder}) unless turned off, merged with the
 * structures given ({@link UsRequest#withFound}); then the plan ({@link UsPlanner}), with the
 * standard needle catalogue.
 */
public final class UsWorkflow {
  private final NeedleCatalogue catalogue = NeedleCatalogue.standard();

  /**
   * Plans on a frame of the scan.
   *
   * @return the plan, or a refusal: a frame the scan lacks, a scan that is not ultrasound, no
   *     capsule found, the planner's refusal (no acceptable path, with its reason)
   * @throws IllegalArgumentException when a given mask is not of the frame's size
   * @throws BadScanException when the frame cannot be decoded
   */
  public UsOutcome plan(Scan scan, int frame, UsChoices choices, GivenStructures given) throws BadScanException {
    Optional<Refusal> bad = Refusal.frameOrModality(scan, frame, scan.isUltrasound(), "in-plane: ultrasound (US)"
        + " only");
    if (bad.isPresent()) {
      return UsOutcome.refused(bad.get());
    }
    return plan(reference(scan), scan.frame(frame), frame, scan.calibration(), choices, given);
  }

  /**
   * Plans on a frame's pixels already decoded (a benchmark times the chain without the decoding).
   *
   * @param scan the scan the frame belongs to, for the plan and for a refusal's subject
   * @param frameIndex the frame's index, from 0
   */
  public UsOutcome plan(ScanReference scan, ImageProcessor pixels, int frameIndex, Calibration cal,
      UsChoices choices, GivenStructures given) {
    Segmentation segmented = null;
    Mask capsule = given.capsule();
    if (capsule == null) {
      Optional<double[]> click = choices.seed() == null ? Optional.empty()
          : Optional.of(new double[] {choices.seed().xPx(), choices.seed().yPx()});
      SegmentOutcome o = new CapsuleSegmenter(CapsuleParams.DEFAULTS).segment(pixels, cal, frameIndex, click);
      if (!o.isFound()) {
        return UsOutcome.refused(new Refusal(Refusal.Why.NO_CAPSULE, scan.file(), "no capsule found: "
            + o.reason()));
      }
      segmented = o.get();
      capsule = segmented.mask();
    }
    UsRequest req = new UsRequest(choices.preset(), choices.params(), capsule, given.avoid(), given.bone(),
        choices.target(), choices.entry(), choices.side(), choices.injection().volumeMl(),
        choices.injection().cells(), choices.injection().viability());
    StructureFinder.Found found = null;
    if (choices.findInImage()) {
      found = StructureFinder.find(pixels, cal, capsule);
      req = req.withFound(found);
    }
    PlanningResult r;
    try {
      r = new UsPlanner(catalogue).plan(scan, frameIndex, cal, req);
    } catch (IllegalArgumentException e) {
      return UsOutcome.refused(new Refusal(Refusal.Why.PLANNER, null, e.getMessage()), segmented, capsule, found);
    }
    return UsOutcome.planned(segmented, capsule, found, r);
  }

  /** The scan as a plan names it: its file and UIDs. */
  public static ScanReference reference(Scan scan) {
    return new ScanReference(scan.file().toString(), scan.identity().sopInstanceUid(),
        scan.identity().studyInstanceUid());
  }
}
