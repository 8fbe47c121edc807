package org.injectplan.workflow;

import org.injectplan.plan.PixelPoint;
import org.injectplan.planning.JointPreset;
import org.injectplan.planning.PlanParams;
import org.injectplan.planning.Side;

/**
 * What the user chose for an in-plane ultrasound plan, checked: the joint's preset and the
 * limits, the side the needle comes from, what is injected ({@link InjectionChoices}), an optional
 * click for the segmenter, an optional target and entry (kept, only checked), and whether bone and
 * vessels are looked for in the image. Immutable; {@link #of(JointPreset)} gives the preset's defaults and each
 * {@code withX} a copy with one choice changed.
 */
public final class UsChoices {
  private JointPreset preset;
  private PlanParams params;
  private Side side = Side.EITHER;
  private InjectionChoices injection = InjectionChoices.DEFAULTS;
  private PixelPoint seed;
  private PixelPoint target;
  private PixelPoint entry;
  private boolean findInImage = true;

  private UsChoices() {
  }

  /** The preset's defaults: its angle, the default clearances, either side, {@link InjectionChoices#DEFAULTS}, found structures avoided. */
  public static UsChoices of(JointPreset preset) {
    if (preset == null) {
      throw new IllegalArgumentException("preset is required");
    }
    UsChoices c = new UsChoices();
    c.preset = preset;
    c.params = PlanParams.of(preset);
    return c;
  }

  private UsChoices copy() {
    UsChoices c = new UsChoices();
    c.preset = preset;
    c.params = params;
    c.side = side;
    c.injection = injection;
    c.seed = seed;
    c.target = target;
    c.entry = entry;
    c.findInImage = findInImage;
    return c;
  }

  /** The limits (angle, clearances). */
  public UsChoices withParams(PlanParams p) {
    if (p == null) {
      throw new IllegalArgumentException("params are required");
    }
    UsChoices c = copy();
    c.params = p;
    return c;
  }

  public UsChoices withSide(Side s) {
    if (s == null) {
      throw new IllegalArgumentException("side is required");
    }
    UsChoices c = copy();
    c.side = s;
    return c;
  }

  /** Volume, cells and viability (checked when planned). */
  public UsChoices withInjection(InjectionChoices i) {
    if (i == null) {
      throw new IllegalArgumentException("injection is required");
    }
    UsChoices c = copy();
    c.injection = i;
    return c;
  }

  /** A click inside the recess for the segmenter, or null for the automatic search; unused when a capsule is given. */
  public UsChoices withSeed(PixelPoint p) {
    UsChoices c = copy();
    c.seed = p;
    return c;
  }

  /** A target to keep, or null for the deepest point of the pocket. */
  public UsChoices withTarget(PixelPoint p) {
    UsChoices c = copy();
    c.target = p;
    return c;
  }

  /** An entry to keep, or null for the best acceptable path. */
  public UsChoices withEntry(PixelPoint p) {
    UsChoices c = copy();
    c.entry = p;
    return c;
  }

  /** Whether bone (with its shadow) and vessels found in the image are avoided too. */
  public UsChoices withFindInImage(boolean find) {
    UsChoices c = copy();
    c.findInImage = find;
    return c;
  }

  public JointPreset preset() {
    return preset;
  }

  public PlanParams params() {
    return params;
  }

  public Side side() {
    return side;
  }

  public InjectionChoices injection() {
    return injection;
  }

  public PixelPoint seed() {
    return seed;
  }

  public PixelPoint target() {
    return target;
  }

  public PixelPoint entry() {
    return entry;
  }

  public boolean findInImage() {
    return findInImage;
  }
}
