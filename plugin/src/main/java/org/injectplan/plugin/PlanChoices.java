package org.injectplan.plugin;

import org.injectplan.planning.ClinicalFigures;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.PlanParams;
import org.injectplan.planning.Side;
import org.injectplan.workflow.InjectionChoices;
import org.injectplan.workflow.UsChoices;

/**
 * What the Plan Trajectory dialog asks, checked.
 *
 * @param joint knee, shoulder, hip or custom
 * @param volumeMl the injected volume, or null for the joint's default
 * @param cells cells in the syringe
 * @param maxAngleDeg the largest in-plane angle, or null for the joint's
 * @param minClearanceMm least clearance from the structures to avoid
 * @param side the side of the image the needle comes from
 * @param find on ultrasound, also avoid the bone (with its shadow) and the vessels found in the
 *     image, as the command line's {@code plan} does unless {@code --no-find}
 */
public record PlanChoices(String joint, Double volumeMl, double cells, Double maxAngleDeg, double minClearanceMm,
    Side side, boolean find) {
  /** The dialog's joints: the ultrasound presets, and facet for fluoroscopy. */
  static final String[] JOINTS = {"knee", "shoulder", "hip", "facet", "custom"};
  static final double DEFAULT_CELLS = 5e7;

  public PlanChoices {
    JointPreset.of(joint); // refuses an unknown joint, naming it
    if (volumeMl != null && !(volumeMl > 0)) {
      throw new IllegalArgumentException("volume must be > 0 mL: " + volumeMl);
    }
    if (!(cells > 0) || !Double.isFinite(cells)) {
      throw new IllegalArgumentException("cells must be > 0: " + cells);
    }
    if (side == null) {
      throw new IllegalArgumentException("side is required");
    }
    params(JointPreset.of(joint), maxAngleDeg, minClearanceMm); // refuses an angle or clearance out of range
  }

  /** The choices with the structures found in the image avoided too. */
  public PlanChoices(String joint, Double volumeMl, double cells, Double maxAngleDeg, double minClearanceMm,
      Side side) {
    this(joint, volumeMl, cells, maxAngleDeg, minClearanceMm, side, true);
  }

  /** The same choices, with or without the structures found in the image. */
  public PlanChoices withFind(boolean findInImage) {
    return new PlanChoices(joint, volumeMl, cells, maxAngleDeg, minClearanceMm, side, findInImage);
  }

  /** {volume mL, largest in-plane angle deg} of the joint, as the dialog shows them. */
  static double[] defaults(String joint) {
    JointPreset p = JointPreset.of(joint);
    return new double[] {p.defaultVolumeMl(), p.maxInPlaneAngleDeg()};
  }

  /** The joint's defaults (structures found in the image avoided too). */
  public static PlanChoices of(String joint) {
    return new PlanChoices(joint, null, DEFAULT_CELLS, null, ClinicalFigures.MIN_CLEARANCE_MM, Side.EITHER);
  }

  public JointPreset preset() {
    return JointPreset.of(joint);
  }

  public PlanParams params() {
    return params(preset(), maxAngleDeg, minClearanceMm);
  }

  /** The choices as the core's ultrasound workflow takes them (no target, entry or click yet). */
  public UsChoices usChoices() {
    return UsChoices.of(preset()).withParams(params()).withSide(side).withInjection(new InjectionChoices(volumeMl, cells, 1))
        .withFindInImage(find);
  }

  private static PlanParams params(JointPreset preset, Double maxAngleDeg, double minClearanceMm) {
    return new PlanParams(maxAngleDeg != null ? maxAngleDeg : preset.maxInPlaneAngleDeg(), minClearanceMm,
        ClinicalFigures.MIN_BONE_CLEARANCE_MM);
  }
}
