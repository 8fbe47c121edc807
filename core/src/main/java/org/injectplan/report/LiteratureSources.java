package org.injectplan.report;

import java.util.List;
import org.injectplan.planning.ClinicalFigures;

/**
 * How the report words the clinical statements, each with its literature source (DESIGN.md,
 * "Clinical reference figures"). The figures themselves live in one place,
 * {@link ClinicalFigures}; this class only phrases them. Figures are quoted as published, not
 * measured here.
 */
public final class LiteratureSources {

  /** One statement and where it comes from. */
  public record Source(String statement, String reference) {
  }

  /** Intravenous MSCs passing the lungs on first pass, low end of the quoted range (animal studies). */
  public static final double IV_FIRST_PASS_LOW = ClinicalFigures.IV_FIRST_PASS_LOW;
  /** High end of the same quoted range. */
  public static final double IV_FIRST_PASS_HIGH = ClinicalFigures.IV_FIRST_PASS_HIGH;

  public static final Source IV_FIRST_PASS = new Source(
      "Intravenous mesenchymal stem cells are mostly trapped in the lungs on first pass; a figure of"
          + " 1.5-3.7% passing the lungs is widely quoted from animal studies. It is a quoted range, not a"
          + " measured constant.",
      "Fischer UM et al., Stem Cells Dev 2009;18(5):683-692, doi:10.1089/scd.2008.0253;"
          + " Eggenhofer E et al., Front Immunol 2012;3:297");

  public static final Source ACCURACY = new Source(
      "Image-guided vs landmark-guided intra-articular injection accuracy: knee 96.7% vs 81.0%,"
          + " shoulder 97.3% vs 65.4%; hip (ultrasound) 100% vs 72%.",
      "PMC3324992; Hoeber S et al., Br J Sports Med 2016");

  public static final Source NEEDLE_VISIBILITY = new Source(
      "In-plane needle visibility falls as the angle steepens and is best below about 30 degrees;"
          + " all needles are less visible at 45 degrees than at 0 degrees.",
      "Schafhalter-Zoppoth I et al., Reg Anesth Pain Med 2004; Maecken T et al., Reg Anesth Pain Med 2007");

  public static final Source DOSE_RANGE = new Source(
      "Knee MSC doses in trials range from about 2x10^6 to 1x10^8 cells.",
      "PMC7384917");

  /** What the plan is, stated on every report. */
  public static final String PLAN_STATEMENT =
      "This is a planning aid computed from one image. Every position, depth and angle must be confirmed"
          + " under live imaging before and during the injection. Cell therapies for joints are largely"
          + " investigational.";

  /** The sources, in the order the report lists them. */
  public static final List<Source> ALL = List.of(ACCURACY, NEEDLE_VISIBILITY, IV_FIRST_PASS, DOSE_RANGE);

  private LiteratureSources() {
  }
}
