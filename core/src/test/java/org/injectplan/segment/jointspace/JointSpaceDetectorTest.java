package org.injectplan.segment.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ShortProcessor;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.segment.Segmentation;
import org.junit.jupiter.api.Test;

class JointSpaceDetectorTest {
  private static final Calibration CAL = Calibration.uniform(CalibrationSource.IMAGER_PIXEL_SPACING, 0.3, 0.3, "test");
  private final JointSpaceDetector det = new JointSpaceDetector(JointSpaceParams.DEFAULTS);


  @Test
  void refusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> new JointSpaceDetector(null));
    assertThrows(IllegalArgumentException.class, () -> new JointSpaceParams(0, 1.5, 1, 0.02, 8, 3));
    assertThrows(IllegalArgumentException.class, () -> new JointSpaceParams(0.5, 1.5, 1, 1.5, 8, 3));
    assertThrows(IllegalArgumentException.class, () -> new JointSpaceParams(0.5, 1.5, 1, 0.02, 8, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new JointSpaceParams(0.5, 1.5, -1, 0.02, 8, 3));
    assertThrows(IllegalArgumentException.class,
        () -> det.detect(FacetPhantom.facet(1, true), CAL, 0, Optional.of(new double[] {-1, 5})));
  }

  @Test
  void findsTheGapAndItsCentreLineWithinAPixel() {
    JointSpaceDetector.Result r = det.detect(FacetPhantom.facet(3, true), CAL, 0, Optional.empty());
    assertTrue(r.outcome().isFound(), r.outcome().reason());
    assertEquals(Segmentation.Kind.JOINT_SPACE, r.outcome().get().kind());
    List<double[]> truth = new java.util.ArrayList<>();
    for (int y = 50; y < 150; y++) {
      truth.add(new double[] {100.5, y + 0.5});
    }
    double err = CentreLine.meanDistanceMm(r.centreLinePx(), truth, 0.3, 0.3);
    assertTrue(err <= 0.3, "centre-line error " + err + " mm");
    assertEquals(3, r.targetsPx().size());
    assertEquals(100.5, r.targetsPx().get(0)[0], 1.5);
    assertEquals(100, r.targetsPx().get(0)[1], 10);
    JointSpaceDetector.Result seeded = det.detect(FacetPhantom.facet(3, true), CAL, 0, Optional.of(new double[] {100, 120}));
    assertEquals(r.outcome().get().mask(), seeded.outcome().get().mask());
  }

  @Test
  void saysNoneWithoutAGap() {
    JointSpaceDetector.Result r = det.detect(FacetPhantom.facet(4, false), CAL, 0, Optional.empty());
    assertFalse(r.outcome().isFound(), "found " + (r.outcome().isFound() ? r.outcome().get().bboxPx().length : 0));
    assertTrue(r.centreLinePx().isEmpty());
  }

  /** Pure noise (Gaussian, sigma 15 % of the mean, seeded): noise lines are not joint spaces, in either mode. */
  @Test
  void saysNoneOnNoise() {
    Random rnd = new Random(9);
    ShortProcessor sp = new ShortProcessor(300, 300);
    for (int i = 0; i < 300 * 300; i++) {
      sp.set(i % 300, i / 300, (int) Math.round(2000 + 300 * rnd.nextGaussian()));
    }
    assertFalse(det.detect(sp, CAL, 0, Optional.empty()).outcome().isFound());
    assertFalse(det.detect(sp, CAL, 0, Optional.of(new double[] {150, 150})).outcome().isFound());
  }

  @Test
  void noiseSigmaIsTheNoiseWhateverTheEdges() {
    Random rnd = new Random(11);
    float[] v = new float[200 * 200];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((i % 200 < 100 ? 1000 : 3000) + 25 * rnd.nextGaussian());
    }
    assertEquals(25, JointSpaceDetector.noiseSigma(v, 200, new int[] {0, 0, 200, 200}), 1.0);
  }

  @Test
  void automaticModeNeedsACalibratedFrameAClickDoesNot() {
    Calibration none = Calibration.none("test", java.util.List.of());
    JointSpaceDetector.Result auto = det.detect(FacetPhantom.facet(5, true), none, 0, Optional.empty());
    assertFalse(auto.outcome().isFound());
    assertTrue(auto.outcome().reason().contains("calibrated"), auto.outcome().reason());
    JointSpaceDetector.Result seeded = det.detect(FacetPhantom.facet(5, true), none, 0, Optional.of(new double[] {100, 100}));
    assertTrue(seeded.outcome().isFound(), seeded.outcome().reason());
    assertTrue(Double.isNaN(seeded.outcome().get().areaMm2()));
  }
}
