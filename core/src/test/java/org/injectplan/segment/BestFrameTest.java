package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.injectplan.image.Mask;
import org.junit.jupiter.api.Test;

class BestFrameTest {
  private static SegmentOutcome found(int frame, int areaPx, double confidence) {
    boolean[] in = new boolean[100 * 100];
    for (int i = 0; i < areaPx; i++) {
      in[i] = true;
    }
    return SegmentOutcome.of(new Segmentation(frame, Segmentation.Kind.CAPSULE_FLUID, new Mask(100, 100, in),
        areaPx * 0.01, confidence, "test"));
  }

  @Test
  void refusesAnOutcomeWithoutReason() {
    assertThrows(IllegalArgumentException.class, () -> SegmentOutcome.none(" "));
  }

  @Test
  void picksTheLargestCleanFrameAndSaysWhy() {
    List<SegmentOutcome> cine = List.of(found(0, 600, 0.95), found(1, 900, 0.9), found(2, 620, 0.9),
        found(3, 640, 0.4), SegmentOutcome.none("lost"), found(5, 630, 0.97));
    BestFrame b = BestFrame.choose(cine).orElseThrow();
    assertEquals(5, b.frame(), "frame 1 jumps 50% from its neighbours (a leak), frame 3 is not recess-like");
    assertTrue(b.reason().contains("6.3 mm²") && b.reason().contains("next largest frame 2"), b.reason());
    assertTrue(BestFrame.choose(List.of(SegmentOutcome.none("x"))).isEmpty());
  }
}
