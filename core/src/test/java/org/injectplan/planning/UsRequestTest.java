package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.segment.structures.StructureFinder;
import org.junit.jupiter.api.Test;

class UsRequestTest {
  private static Mask disc(int w, int h, double cx, double cy, double r) {
    boolean[] in = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        in[y * w + x] = Math.hypot(x - cx, y - cy) <= r;
      }
    }
    return new Mask(w, h, in);
  }

  @Test
  void aFoundVesselOnAGivenStructureMergesIntoItUnderTheGivenName() {
    Mask artery = disc(100, 80, 50, 40, 10);
    Mask foundArtery = disc(100, 80, 52, 40, 10); // the same artery, outlined a little apart
    Mask elsewhere = disc(100, 80, 15, 15, 5);
    UsRequest req = UsRequest.of(JointPreset.KNEE, disc(100, 80, 50, 70, 6), Map.of("artery", artery), null);
    UsRequest merged = req.withFound(new StructureFinder.Found(null, Map.of(StructureFinder.vesselName(1),
        foundArtery, StructureFinder.vesselName(2), elsewhere)));
    assertEquals(2, merged.avoid().size(), "the artery once, and the other vessel: " + merged.avoid().keySet());
    assertTrue(merged.avoid().containsKey("artery"), "the given name is kept");
    assertTrue(merged.avoid().containsKey(StructureFinder.vesselName(2)), "a vessel on nothing given is added");
    assertEquals(artery.or(foundArtery).count(), merged.avoid().get("artery").count(), "the union of both outlines");
  }
}
