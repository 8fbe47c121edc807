package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.injectplan.image.Mask;
import org.junit.jupiter.api.Test;

class MaskMetricsTest {
  private static Mask disc(int w, int h, double cx, double cy, double r) {
    boolean[] in = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        in[y * w + x] = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      }
    }
    return new Mask(w, h, in);
  }

  @Test
  void refusesBadInput() {
    Mask a = disc(10, 10, 5, 5, 3);
    assertThrows(IllegalArgumentException.class, () -> MaskMetrics.dice(a, disc(11, 10, 5, 5, 3)));
    assertThrows(IllegalArgumentException.class, () -> MaskMetrics.hausdorff95Mm(a, a, 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> MaskMetrics.hausdorff95Mm(a, new Mask(10, 10, new boolean[100]), 1, 1));
  }

  @Test
  void diceOfKnownOverlaps() {
    Mask a = disc(60, 60, 30, 30, 10);
    assertEquals(1.0, MaskMetrics.dice(a, a), 0);
    boolean[] half = a.inside().clone();
    for (int i = 0; i < half.length; i++) {
      half[i] &= i % 60 < 30;
    }
    Mask h = new Mask(60, 60, half);
    assertEquals(2.0 * h.count() / (a.count() + h.count()), MaskMetrics.dice(a, h), 1e-12);
  }

  @Test
  void hausdorff95EqualsABruteForceReference() {
    Mask a = disc(80, 60, 35, 30, 15);
    Mask b = disc(80, 60, 40, 28, 12);
    double mmX = 0.1;
    double mmY = 0.15;
    assertEquals(naive(a, b, mmX, mmY), MaskMetrics.hausdorff95Mm(a, b, mmX, mmY), 1e-9);
    Mask big = disc(80, 60, 40, 30, 20);
    Mask small = disc(80, 60, 40, 30, 15);
    assertEquals(5 * 0.2, MaskMetrics.hausdorff95Mm(big, small, 0.2, 0.2), 0.2 * 1.5);
  }

  private static double naive(Mask a, Mask b, double mmX, double mmY) {
    return Math.max(directed(a, b, mmX, mmY), directed(b, a, mmX, mmY));
  }

  private static double directed(Mask a, Mask b, double mmX, double mmY) {
    boolean[] ea = MaskMetrics.boundary(a);
    boolean[] eb = MaskMetrics.boundary(b);
    List<Double> d = new ArrayList<>();
    int w = a.width();
    for (int i = 0; i < ea.length; i++) {
      if (!ea[i]) {
        continue;
      }
      double best = Double.MAX_VALUE;
      for (int j = 0; j < eb.length; j++) {
        if (eb[j]) {
          best = Math.min(best, Math.hypot((i % w - j % w) * mmX, (i / w - j / w) * mmY));
        }
      }
      d.add(best);
    }
    double[] s = d.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    double pos = 0.95 * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }
}
