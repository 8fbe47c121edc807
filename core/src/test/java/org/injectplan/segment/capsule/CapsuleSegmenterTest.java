package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.MaskMetrics;
import org.injectplan.segment.SegmentOutcome;
import org.junit.jupiter.api.Test;

class CapsuleSegmenterTest {
  private final CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);

  @Test
  void refusesNullParamsAndSeedsOutsideTheRegion() {
    assertThrows(IllegalArgumentException.class, () -> new CapsuleSegmenter(null));
    UsPhantom p = new UsPhantom(1, 160, 100, 70, 20, 150);
    assertThrows(IllegalArgumentException.class,
        () -> seg.segment(p.frame, UsPhantom.CAL, 0, Optional.of(new double[] {2, 2})));
  }

  @Test
  void findsThePocketAutomaticallyAndFromAClick() {
    UsPhantom p = new UsPhantom(7, 160, 100, 70, 20, 150);
    SegmentOutcome auto = seg.segment(p.frame, UsPhantom.CAL, 0, Optional.empty());
    assertTrue(auto.isFound(), auto.reason());
    assertTrue(MaskMetrics.dice(auto.get().mask(), p.truth) >= 0.90, "dice " + MaskMetrics.dice(auto.get().mask(), p.truth));
    // The phantom's edge is sharp (no wall echo blurred into the fluid): without the edge offset
    // the area is unbiased.
    CapsuleParams d = CapsuleParams.DEFAULTS;
    CapsuleSegmenter sharp = new CapsuleSegmenter(d.withLevelShare(0.5).withFixedEdgeOffsetMm(0));
    double areaMm2 = sharp.segment(p.frame, UsPhantom.CAL, 0, Optional.empty()).get().areaMm2();
    assertEquals(p.truth.count() * 0.01, areaMm2, 0.05 * p.truth.count() * 0.01);
    double[] c = auto.get().centroidPx();
    assertEquals(160, c[0], 2.0);
    assertEquals(100, c[1], 2.0);
    SegmentOutcome click = seg.segment(p.frame, UsPhantom.CAL, 0, Optional.of(new double[] {170, 105}));
    assertTrue(click.isFound(), click.reason());
    assertEquals(auto.get().mask(), click.get().mask());
  }

  @Test
  void saysNoCapsuleOnPlainTissueAndOnARoundVessel() {
    UsPhantom plain = new UsPhantom(3, 0, 0, 0, 0, 500);
    SegmentOutcome none = seg.segment(plain.frame, UsPhantom.CAL, 0, Optional.empty());
    assertFalse(none.isFound());
    UsPhantom vessel = new UsPhantom(4, 160, 80, 25, 25, 500);
    SegmentOutcome v = seg.segment(vessel.frame, UsPhantom.CAL, 0, Optional.empty());
    assertFalse(v.isFound(), "a round vessel is not a recess");
    assertTrue(v.reason().contains("not recess-like"), v.reason());
  }

  @Test
  void aClickInTheShadowIsRefusedAndAClickInTissueFindsNothing() {
    UsPhantom p = new UsPhantom(9, 160, 100, 70, 20, 150);
    SegmentOutcome shadow = seg.segment(p.frame, UsPhantom.CAL, 0, Optional.of(new double[] {160, 200}));
    assertFalse(shadow.isFound());
    assertTrue(shadow.reason().contains("shadow"), shadow.reason());
    SegmentOutcome tissue = seg.segment(p.frame, UsPhantom.CAL, 0, Optional.of(new double[] {40, 40}));
    assertFalse(tissue.isFound(), "tissue at (40, 40)");
  }

  @Test
  void automaticModeNeedsACalibratedRegionButAClickWorksInPixels() {
    UsPhantom p = new UsPhantom(11, 160, 100, 70, 20, 150);
    Calibration none = Calibration.none("test", List.of());
    assertFalse(seg.segment(p.frame, none, 0, Optional.empty()).isFound());
    SegmentOutcome click = seg.segment(p.frame, none, 0, Optional.of(new double[] {160, 100}));
    assertTrue(click.isFound(), click.reason());
    assertTrue(Double.isNaN(click.get().areaMm2()));
  }

  @Test
  void tracksTheMaskOfThePreviousFrame() {
    UsPhantom a = new UsPhantom(21, 160, 100, 70, 20, 150);
    UsPhantom b = new UsPhantom(22, 165, 102, 66, 16, 150);
    Mask first = seg.segment(a.frame, UsPhantom.CAL, 0, Optional.empty()).get().mask();
    SegmentOutcome next = seg.tracked(seg.analyse(b.frame, UsPhantom.CAL), 1, first);
    assertTrue(next.isFound());
    assertTrue(next.get().how().startsWith("tracked"), next.get().how());
    assertTrue(MaskMetrics.dice(next.get().mask(), b.truth) >= 0.9);
  }

  @Test
  void followsFluidThatBrightensWithDepthToTheFloorOfThePocket() {
    // Posterior enhancement: the time-gain compensation over-amplifies echoes from below a
    // non-attenuating fluid, by an amount that grows with the fluid crossed above a pixel (here
    // 0.8 grey per 0.1 mm of fluid): a tall pocket's fluid brightens with depth, from about 5 to
    // about 70 at its floor, and so does the tissue under it. One global level would cut the
    // floor off. (Automatic mode's contrast cue, a mean over the pocket, is lowered by it too:
    // clicked here.)
    UsPhantom p = new UsPhantom(31, 160, 100, 70, 40, 200);
    ij.process.ImageProcessor f = p.frame.duplicate();
    for (int x = 0; x < f.getWidth(); x++) {
      int fluidAbove = 0;
      for (int y = 10; y < 230; y++) {
        f.set(x, y, Math.min(255, f.get(x, y) + (int) Math.round(0.8 * fluidAbove)));
        fluidAbove += p.truth.get(x, y) ? 1 : 0;
      }
    }
    SegmentOutcome o = seg.segment(f, UsPhantom.CAL, 0, Optional.of(new double[] {160, 90}));
    assertTrue(o.isFound(), o.reason());
    Mask m = o.get().mask();
    assertTrue(MaskMetrics.dice(m, p.truth) >= 0.95, "dice " + MaskMetrics.dice(m, p.truth));
    assertEquals(p.truth.bounds()[3], m.bounds()[3], 5, "floor of the pocket, pixels of 0.1 mm");
  }
}
