package org.injectplan.workflow;

import java.nio.file.Path;
import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.JointPreset;

/**
 * What the user chose for a fluoroscopy (down-the-beam) plan, checked: the joint's preset, an
 * optional target (else the joint-space detector's) or a click near the joint space for the
 * detector, what is injected ({@link InjectionChoices}), and optionally a second view of the same target (the command line's
 * {@code --lateral}) with its target and skin pixels (else found in it). Immutable;
 * {@link #of(JointPreset)} gives the defaults and each {@code withX} a copy with one choice changed.
 */
public final class FluoroChoices {
  /** Presets whose needle comes from the posterior (the patient prone): the spine's. Others: anterior. */
  static final java.util.Set<String> APPROACH_POSTERIOR = java.util.Set.of("facet");

  private JointPreset preset;
  private PixelPoint target;
  private PixelPoint seed;
  private InjectionChoices injection = InjectionChoices.DEFAULTS;
  private Path lateral;
  private PixelPoint lateralTarget;
  private PixelPoint lateralSkin;

  private FluoroChoices() {
  }

  public static FluoroChoices of(JointPreset preset) {
    if (preset == null) {
      throw new IllegalArgumentException("preset is required");
    }
    FluoroChoices c = new FluoroChoices();
    c.preset = preset;
    return c;
  }

  private FluoroChoices copy() {
    FluoroChoices c = new FluoroChoices();
    c.preset = preset;
    c.target = target;
    c.seed = seed;
    c.injection = injection;
    c.lateral = lateral;
    c.lateralTarget = lateralTarget;
    c.lateralSkin = lateralSkin;
    return c;
  }

  /** A target to keep, or null for the joint-space detector's first candidate. */
  public FluoroChoices withTarget(PixelPoint p) {
    FluoroChoices c = copy();
    c.target = p;
    return c;
  }

  /** A click near the joint space for the detector, or null (unused when a target is given). */
  public FluoroChoices withSeed(PixelPoint p) {
    FluoroChoices c = copy();
    c.seed = p;
    return c;
  }

  /** Volume, cells and viability (checked when planned). */
  public FluoroChoices withInjection(InjectionChoices i) {
    if (i == null) {
      throw new IllegalArgumentException("injection is required");
    }
    FluoroChoices c = copy();
    c.injection = i;
    return c;
  }

  /**
   * A second view of the same target, to triangulate it, with its target and skin pixels (each
   * null to find it in the second view).
   */
  public FluoroChoices withSecondView(Path file, PixelPoint targetPx, PixelPoint skinPx) {
    FluoroChoices c = copy();
    c.lateral = file;
    c.lateralTarget = targetPx;
    c.lateralSkin = skinPx;
    return c;
  }

  public JointPreset preset() {
    return preset;
  }

  public PixelPoint target() {
    return target;
  }

  public PixelPoint seed() {
    return seed;
  }

  public InjectionChoices injection() {
    return injection;
  }

  /** The second view's file, or null for a single view. */
  public Path lateral() {
    return lateral;
  }

  public PixelPoint lateralTarget() {
    return lateralTarget;
  }

  public PixelPoint lateralSkin() {
    return lateralSkin;
  }

  /** True when the needle comes from the posterior (the spine's presets). */
  boolean posterior() {
    return APPROACH_POSTERIOR.contains(preset.key());
  }
}
