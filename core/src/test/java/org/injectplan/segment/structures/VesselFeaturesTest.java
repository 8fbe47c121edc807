package org.injectplan.segment.structures;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The closed-ring share of {@link VesselFeatures} on the phantom of {@link LocalVesselsTest}
 * (tissue darkening with depth, a 6 mm lumen at 30% of its depth's echo with a wall at 200%,
 * centred at (150, 170) px; 0.1 mm pixels, window pixels of 0.2 mm).
 */
class VesselFeaturesTest {
  @Test
  void theWalledLumenIsClosedAllRound() {
    for (long seed = 1; seed <= 4; seed++) {
      EchoWindow w = EchoWindow.of(LocalVesselsTest.phantom(seed, true), LocalVesselsTest.CAL);
      VesselCandidates cs = new VesselCandidates(w, VesselCandidates.relative(w, DepthLevel.of(w)), null);
      VesselCandidates.Candidate c = cs.outline(150 / w.bin(), 170 / w.bin());
      assertNotNull(c, "seed " + seed + ": no outline");
      VesselFeatures f = VesselFeatures.of(cs, c);
      assertTrue(f.ringCover() >= 0.9, "seed " + seed + ": ring closes " + f.ringCover() + " of the perimeter");
      assertTrue(f.ringCover() <= 1, "seed " + seed + ": a share: " + f.ringCover());
    }
  }

  @Test
  void aLumenWithoutAWallInEvenTissueIsNotClosedByAWall() {
    // Without the bright wall the ring beyond is tissue (about +10 dB over a 30% lumen): still
    // closed at +6 dB. A lumen at 60% of the tissue (-4.4 dB) is not: the ring is no wall.
    ij.process.ByteProcessor ip = new ij.process.ByteProcessor(LocalVesselsTest.W, LocalVesselsTest.H);
    java.util.Random rnd = new java.util.Random(5);
    for (int y = 0; y < LocalVesselsTest.H; y++) {
      for (int x = 0; x < LocalVesselsTest.W; x++) {
        double v = Math.hypot(x - 150, y - 170) < 30 ? 72 : 120;
        ip.set(x, y, (int) Math.round(v * (0.8 + 0.4 * rnd.nextDouble())));
      }
    }
    EchoWindow w = EchoWindow.of(ip, LocalVesselsTest.CAL);
    VesselCandidates cs = new VesselCandidates(w, VesselCandidates.relative(w, DepthLevel.of(w)), null);
    VesselCandidates.Candidate c = cs.outline(150 / w.bin(), 170 / w.bin());
    if (c != null) {
      double ring = VesselFeatures.of(cs, c).ringCover();
      assertTrue(ring <= 0.2, "a -4.4 dB patch without a wall: ring closes " + ring);
    }
  }
}
