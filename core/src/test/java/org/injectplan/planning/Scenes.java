package org.injectplan.planning;

import org.injectplan.image.Mask;

/** Synthetic masks whose truth is in their construction: discs and boxes. */
public final class Scenes {
  private Scenes() {
  }

  public static Mask disc(int w, int h, double cx, double cy, double r) {
    boolean[] in = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        in[y * w + x] = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      }
    }
    return new Mask(w, h, in);
  }

  public static Mask ellipse(int w, int h, double cx, double cy, double a, double b) {
    boolean[] in = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double u = (x + 0.5 - cx) / a;
        double v = (y + 0.5 - cy) / b;
        in[y * w + x] = u * u + v * v <= 1;
      }
    }
    return new Mask(w, h, in);
  }

  public static Mask box(int w, int h, int x0, int y0, int x1, int y1) {
    boolean[] in = new boolean[w * h];
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        in[y * w + x] = true;
      }
    }
    return new Mask(w, h, in);
  }
}
