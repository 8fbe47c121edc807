package org.injectplan.segment.capsule;

import ij.process.ByteProcessor;
import java.util.List;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.UltrasoundRegion;

/**
 * A synthetic ultrasound frame that carries its truth: 320 x 240, region [10, 10, 309, 229] at
 * 0.1 mm/pixel; speckled tissue (Rayleigh envelope of box-correlated complex Gaussian noise, log
 * compressed); an anechoic elliptical pocket (centre, radii in pixels) over a bone: its bright
 * cortex, {@link #CORTEX_PX} rows just above {@code shadowTopPx}, and its shadow from there to the
 * bottom. Seeded.
 */
final class UsPhantom {
  static final int W = 320;
  static final int H = 240;
  /** Rows of the bone's cortex (a strong reflector) above its shadow. */
  static final int CORTEX_PX = 3;
  /** Grey level of the cortex. */
  static final int CORTEX_GREY = 230;
  static final Calibration CAL = Calibration.ultrasound(List.of(
      new UltrasoundRegion(1, 10, 10, 309, 229, 1, 1, 3, 3, 0.01, 0.01)));

  final ByteProcessor frame;
  final Mask truth;

  /** Pocket with the given centre and radii; radii 0 for no pocket; shadowTop >= H for no bone. */
  UsPhantom(long seed, double cx, double cy, double rx, double ry, int shadowTopPx) {
    Random rnd = new Random(seed);
    double[] re = new double[W * H];
    double[] im = new double[W * H];
    for (int i = 0; i < re.length; i++) {
      re[i] = rnd.nextGaussian();
      im[i] = rnd.nextGaussian();
    }
    byte[] px = new byte[W * H];
    boolean[] in = new boolean[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double dx = rx > 0 ? (x + 0.5 - cx) / rx : 9;
        double dy = ry > 0 ? (y + 0.5 - cy) / ry : 9;
        boolean fluid = dx * dx + dy * dy <= 1;
        in[y * W + x] = fluid;
        double a = 0;
        double b = 0;
        for (int k = -1; k <= 1; k++) {
          int xx = Math.max(0, Math.min(W - 1, x + k));
          a += re[y * W + xx];
          b += im[y * W + xx];
        }
        double env = Math.hypot(a, b);
        double level = fluid || y >= shadowTopPx ? 4 + 2 * rnd.nextDouble() : 20 * Math.log10(1 + 40 * env) + 45;
        if (!fluid && y < shadowTopPx && y >= shadowTopPx - CORTEX_PX) {
          level = CORTEX_GREY;
        }
        boolean outside = x < 10 || x > 309 || y < 10 || y > 229;
        px[y * W + x] = (byte) (outside ? 0 : Math.max(0, Math.min(255, (int) level)));
      }
    }
    frame = new ByteProcessor(W, H, px);
    truth = new Mask(W, H, in);
  }
}
