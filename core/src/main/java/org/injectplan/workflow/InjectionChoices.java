package org.injectplan.workflow;

/**
 * What is injected: the volume, the cells in the syringe and their viable share. Checked by the
 * planner's request ({@link org.injectplan.planning.UsRequest}, {@link
 * org.injectplan.planning.FluoroRequest}), which name the value they refuse.
 *
 * @param volumeMl the injected volume, or null for the joint preset's default
 * @param cells cells in the syringe, > 0
 * @param viability viable share of the cells, in (0, 1]
 */
public record InjectionChoices(Double volumeMl, double cells, double viability) {
  /** Cells in the syringe when none are given. */
  public static final double DEFAULT_CELLS = 5e7;
  /** The preset's volume, 5e7 cells, all viable. */
  public static final InjectionChoices DEFAULTS = new InjectionChoices(null, DEFAULT_CELLS, 1);
}
