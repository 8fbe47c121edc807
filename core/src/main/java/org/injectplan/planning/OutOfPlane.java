package org.injectplan.planning;

/**
 * Out-of-plane approach: the needle enters at {@code offsetMm} from the image plane's midline
 * on the skin (beside the transducer's long side) and crosses the plane at the target depth. The
 * angle to the skin is atan(depth / offset); only the tip is seen, as a dot, where it crosses.
 */
public final class OutOfPlane {
  private OutOfPlane() {
  }

  /** The angle to the skin, degrees, that reaches {@code depthMm} from {@code offsetMm}. */
  public static double angleDeg(double depthMm, double offsetMm) {
    check(depthMm, offsetMm);
    return Math.toDegrees(Math.atan2(depthMm, offsetMm));
  }

  /** The needle path length from the skin to the target, mm. */
  public static double pathLengthMm(double depthMm, double offsetMm) {
    check(depthMm, offsetMm);
    return Math.hypot(depthMm, offsetMm);
  }

  private static void check(double depthMm, double offsetMm) {
    if (!(depthMm > 0) || !Double.isFinite(depthMm)) {
      throw new IllegalArgumentException("depthMm must be finite and > 0: " + depthMm);
    }
    if (!(offsetMm > 0) || !Double.isFinite(offsetMm)) {
      throw new IllegalArgumentException("offsetMm must be finite and > 0: " + offsetMm);
    }
  }
}
