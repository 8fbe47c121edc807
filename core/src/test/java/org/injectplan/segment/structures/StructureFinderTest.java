package org.injectplan.segment.structures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

/**
 * A drawn phantom (0.1 mm pixels, seeded speckle) whose truth is its drawing: tissue at grey 100,
 * a vessel (dark lumen of radius 1.5 mm with a bright wall) at (8, 6) mm, a long dark capsule at
 * (20, 6) mm, a dark fat lobule in darker fat at (14, 2.5) mm, and a bright bone line at depth
 * 14 mm with a dark shadow below it.
 */
class StructureFinderTest {
  static final int W = 300;
  static final int H = 200;
  static final int BONE_Y = 140;
  static final Calibration CAL = Calibration.uniform(CalibrationSource.PIXEL_SPACING, 0.1, 0.1, "phantom");

  static ByteProcessor phantom(long seed, boolean withBone) {
    Random rnd = new Random(seed);
    ByteProcessor ip = new ByteProcessor(W, H);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double v = 100;
        double rv = Math.hypot(x - 80, y - 60);
        if (y < 40) {
          v = 50; // fat
        }
        if (Math.hypot((x - 140) / 12.0, (y - 25) / 9.0) < 1) {
          v = 12; // lobule: dark, in fat
        }
        if (rv < 15) {
          v = 3;
        } else if (rv < 20) {
          v = 200;
        }
        if (Math.hypot((x - 200) / 50.0, (y - 60) / 15.0) < 1) {
          v = 3;
        }
        if (withBone && y >= BONE_Y) {
          v = y < BONE_Y + 3 ? 220 : 2;
        }
        double s = v * (0.6 + 0.8 * rnd.nextDouble());
        ip.set(x, y, (int) Math.max(0, Math.min(255, Math.round(s))));
      }
    }
    return ip;
  }

  static Mask capsule() {
    boolean[] in = new boolean[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        in[y * W + x] = Math.hypot((x - 200) / 50.0, (y - 60) / 15.0) < 1;
      }
    }
    return new Mask(W, H, in);
  }

  @Test
  void refusesACapsuleOfAnotherSize() {
    assertThrows(IllegalArgumentException.class, () -> StructureFinder.find(phantom(1, true), CAL,
        Mask.empty(W + 1, H)));
  }

  @Test
  void findsTheBoneLineAndItsShadow() {
    StructureFinder.Found f = StructureFinder.find(phantom(2, true), CAL, capsule());
    Mask bone = f.bone();
    int truth = W * (H - BONE_Y);
    int covered = 0;
    int wrong = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        covered += bone.get(x, y) && y >= BONE_Y ? 1 : 0;
        wrong += bone.get(x, y) && y < BONE_Y - 2 ? 1 : 0;
      }
    }
    assertTrue(covered >= 0.95 * truth, "covered " + covered + " of " + truth);
    assertEquals(0, wrong, "no bone more than 2 px above the surface");
    assertNull(StructureFinder.find(phantom(2, false), CAL, capsule()).bone(), "no bone, no shadow: none found");
  }

  @Test
  void findsTheVesselButNeitherTheCapsuleNorTheLobule() {
    for (long seed = 3; seed < 8; seed++) {
      StructureFinder.Found f = StructureFinder.find(phantom(seed, true), CAL, capsule());
      assertEquals(1, f.vessels().size(), "seed " + seed + ": " + f.vessels().keySet());
      Mask v = f.vessels().get(StructureFinder.vesselName(1));
      int inWall = 0;
      int all = 0;
      int outside = 0;
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double r = Math.hypot(x - 80, y - 60);
          all += r < 20 ? 1 : 0;
          inWall += r < 20 && v.get(x, y) ? 1 : 0;
          outside += r >= 24 && v.get(x, y) ? 1 : 0;
        }
      }
      assertTrue(inWall >= 0.9 * all, "seed " + seed + ": vessel covered " + inWall + " of " + all);
      assertEquals(0, outside, "seed " + seed + ": nothing found 0.4 mm beyond the wall");
      assertEquals(java.util.List.of(StructureFinder.BONE_NAME, StructureFinder.vesselName(1)), f.names());
    }
  }
}
