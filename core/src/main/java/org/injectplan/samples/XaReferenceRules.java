package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.image.Mask;

/**
 * The reference plan of a fluoroscopy sample, from its 3D truth by these rules: target the
 * projection of the phantom's target point (the facet joint's inferior recess; the hip's
 * superolateral joint space, between the femoral head and the acetabular roof); a coaxial (down-the-beam) approach, so the entry projects
 * onto the target and the angle to the beam is 0; depth along the beam from the skin on the
 * approach side (posterior for the spine, anterior for the hip); clearance in the image plane
 * from the target to the structure to avoid, in the calibrated millimetres of the header; the
 * bolus fraction in the joint as the share of the bolus's disc over the joint region (the
 * projection of the whole joint cavity, where injectate in the joint projects), not over the
 * visible gap.
 */
final class XaReferenceRules {
  private XaReferenceRules() {
  }

  /**
   * Where the ray from {@code source} through {@code target} crosses the skin (the body's outline,
   * the phantom's first attenuator) on the approach side: the posterior crossing, or the anterior.
   */
  static Vec3 skinOnRay(XaPhantom phantom, Vec3 source, Vec3 target, boolean posterior) {
    Vec3 dir = target.minus(source).unit();
    double[] body = phantom.attenuators().get(0).solid().span(source, dir);
    Vec3 start = source.plus(dir.times(body[0]));
    Vec3 end = source.plus(dir.times(body[1]));
    return (start.y() > end.y()) == posterior ? start : end;
  }

  static ReferencePlan derive(String file, ScanHeaders.Identity id, SampleCase sample, XaPhantom phantom,
      ProjectionGeometry g, double mmPerPixel, String source, Mask jointRegion, Mask avoid) {
    double[] t = g.project(phantom.target());
    Vec3 skin = skinOnRay(phantom, g.source(), phantom.target(), sample.joint() == Joint.FACET);
    double depth = skin.minus(phantom.target()).length();
    double clearance = UsReferenceRules.clearancePx(t[0], t[1], t[0], t[1], UsReferenceRules.pixels(avoid)) * mmPerPixel;
    boolean facet = sample.joint() == Joint.FACET;
    double volume = facet ? ClinicalFigures.FACET_VOLUME_ML : ClinicalFigures.LARGE_JOINT_VOLUME_ML;
    double fraction = UsReferenceRules.discFraction(jointRegion, t[0], t[1], ClinicalFigures.bolusRadiusMm(volume) / mmPerPixel);
    List<String> warnings = new ArrayList<>();
    if ("IMAGER_PIXEL_SPACING".equals(source)) {
      warnings.add(String.format(Locale.ROOT,
          "calibration at the detector (no magnification correction): millimetres overstate by about %.0f%%",
          100 * (g.magnification() - 1)));
    }
    if (clearance < ClinicalFigures.WARN_CLEARANCE_MM) {
      warnings.add(String.format(Locale.ROOT, "target projects %.1f mm from the %s", clearance, phantom.avoidName()));
    }
    warnings.add("projection: depth and clearance in the image plane only; confirm depth on a lateral view");
    ObjectNode cal = JsonNodeFactory.instance.objectNode();
    cal.put("mmPerPixelX", mmPerPixel);
    cal.put("mmPerPixelY", mmPerPixel);
    cal.put("source", source);
    double needle = ClinicalFigures.needleLengthMm(depth);
    return new ReferencePlan(file, id.sopInstanceUid(), id.studyUid(), 0, cal, t[0], t[1], t[0], t[1],
        sample.joint().key(), facet ? Joint.FACET.approach() : "coaxial (down-the-beam) anterior approach to the "
            + "superolateral hip joint space", 0, "beam (coaxial)", depth, depth, clearance,
        phantom.avoidName(), needle, volume, facet ? ClinicalFigures.FACET_SOURCE
            : "sample-set rule (no literature volume chosen)", fraction, warnings,
        "target: projection of the true 3D target (" + phantom.targetName() + "); entry: coaxial, projecting on "
            + "the target; depth along the ray from the skin on the approach side");
  }
}
