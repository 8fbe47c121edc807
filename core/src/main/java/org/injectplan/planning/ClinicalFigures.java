package org.injectplan.planning;

/**
 * Every clinical constant the planner uses, with its literature source, in one place. A figure
 * marked "InjectPlan convention" is a choice of this tool, not a literature value; the report
 * must say so beside it.
 */
public final class ClinicalFigures {
  private ClinicalFigures() {
  }

  /** In-plane needle visibility is best below about 30 degrees: above it the plan warns. */
  public static final double IN_PLANE_WARN_ANGLE_DEG = 30;
  /**
   * In-plane angles above this are refused: all needles are markedly less visible at 45 degrees
   * than at 0 degrees.
   */
  public static final double IN_PLANE_REFUSE_ANGLE_DEG = 45;
  public static final String NEEDLE_VISIBILITY_SOURCE =
      "Schafhalter-Zoppoth I et al., Reg Anesth Pain Med 2004 (best below about 30 deg);"
          + " Maecken T et al., Reg Anesth Pain Med 2007 (all needles less visible at 45 deg than at 0 deg)";

  /** Least clearance from a structure to avoid (vessel, nerve, labrum). InjectPlan convention. */
  public static final double MIN_CLEARANCE_MM = 2.0;
  /** Least clearance from bone and its acoustic shadow (impassable). InjectPlan convention. */
  public static final double MIN_BONE_CLEARANCE_MM = 0.5;
  /** Clearance under which a plan carries a warning. InjectPlan convention. */
  public static final double WARN_CLEARANCE_MM = 5.0;
  public static final String CLEARANCE_SOURCE = "InjectPlan convention (no literature figure chosen)";

  /** Lumbar facet joint capacity about 1-1.5 mL. */
  public static final double FACET_CAPACITY_ML = 1.5;
  public static final double FACET_VOLUME_MIN_ML = 1.0;
  public static final String FACET_SOURCE =
      "facet joint capacity about 1-1.5 mL; typical lumbar facet needle 22G 90 mm (DESIGN.md clinical figures)";
  /** Volume range for the large joints: InjectPlan convention, no literature figure chosen yet. */
  public static final double LARGE_JOINT_VOLUME_MIN_ML = 2.0;
  public static final double LARGE_JOINT_VOLUME_MAX_ML = 5.0;
  public static final double LARGE_JOINT_DEFAULT_VOLUME_ML = 4.0;
  public static final String LARGE_JOINT_VOLUME_SOURCE = "InjectPlan convention (no literature volume chosen)";

  /** Image-guided vs landmark-guided intra-articular accuracy. */
  public static final String ACCURACY_SOURCE = "knee 96.7% vs 81.0%, shoulder 97.3% vs 65.4% (PMC3324992);"
      + " hip US 100% vs 72% (Hoeber S et al., Br J Sports Med 2016)";

  /** Knee MSC doses in trials, cells. */
  public static final double DOSE_TRIAL_MIN_CELLS = 2e6;
  public static final double DOSE_TRIAL_MAX_CELLS = 1e8;
  public static final String DOSE_SOURCE = "knee MSC trials about 2x10^6 to 1x10^8 cells (PMC7384917)";

  /** Intravenous MSCs passing the lungs on first pass: a quoted range from animal studies. */
  public static final double IV_FIRST_PASS_LOW = 0.015;
  public static final double IV_FIRST_PASS_HIGH = 0.037;
  public static final String IV_FIRST_PASS_SOURCE = "quoted range from animal studies, not a measurement:"
      + " Fischer UM et al., Stem Cells Dev 2009;18(5):683-692, doi:10.1089/scd.2008.0253;"
      + " Eggenhofer E et al., Front Immunol 2012;3:297";

  /** Needle length kept outside the skin when choosing a needle. InjectPlan convention. */
  public static final double NEEDLE_SPARE_MM = 15;
  /**
   * Hub dead space of a standard needle, mL: nominal, manufacturer-dependent. InjectPlan
   * convention: check the needle's instructions for use.
   */
  public static final String DEAD_SPACE_SOURCE =
      "nominal hub dead space, manufacturer-dependent (InjectPlan convention; check the needle's IFU)";
}
