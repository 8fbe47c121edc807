package org.injectplan.segment.needle;

import org.injectplan.plan.PixelPoint;

/**
 * A needle found on a frame, and how it compares with the plan.
 *
 * @param tip the needle tip (the deep end of the bright linear echo)
 * @param shaftStart where the visible echo begins (shallow end)
 * @param angleDeg the needle's angle to the transducer face
 * @param angleDeviationDeg detected minus planned angle
 * @param tipToTargetMm distance from the tip to the planned target (pixels when uncalibrated)
 * @param tipInCapsule whether the tip lies in the capsule
 * @param contrast needle echo over the tissue beside it (mean intensity ratio along the shaft)
 */
public record NeedleDetection(PixelPoint tip, PixelPoint shaftStart, double angleDeg, double angleDeviationDeg,
    double tipToTargetMm, boolean tipInCapsule, double contrast) {
}
