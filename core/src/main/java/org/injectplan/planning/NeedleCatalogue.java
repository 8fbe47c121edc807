package org.injectplan.planning;

import java.util.Comparator;
import java.util.List;

/**
 * The needles the planner chooses from: 1.5, 2, 3.5 and 5 inch hypodermic and spinal needles,
 * with nominal hub dead space ({@link ClinicalFigures#DEAD_SPACE_SOURCE}).
 */
public final class NeedleCatalogue {
  private final List<NeedleType> needles;

  public NeedleCatalogue(List<NeedleType> needles) {
    if (needles == null || needles.isEmpty()) {
      throw new IllegalArgumentException("the needle catalogue is empty");
    }
    this.needles = needles.stream().sorted(Comparator.comparingDouble(NeedleType::lengthMm)).toList();
  }

  /** The standard catalogue. */
  public static NeedleCatalogue standard() {
    return new NeedleCatalogue(List.of(
        new NeedleType(22, 38, 0.04, "22G 1.5 in hypodermic"),
        new NeedleType(22, 50, 0.05, "22G 2 in hypodermic"),
        new NeedleType(22, 90, 0.09, "22G 3.5 in spinal"),
        new NeedleType(22, 120, 0.11, "22G 5 in spinal"),
        new NeedleType(25, 38, 0.03, "25G 1.5 in hypodermic"),
        new NeedleType(20, 90, 0.12, "20G 3.5 in spinal")));
  }

  public List<NeedleType> needles() {
    return needles;
  }

  /**
   * The shortest needle of {@code gauge} whose length exceeds {@code pathMm} by
   * {@link ClinicalFigures#NEEDLE_SPARE_MM}.
   *
   * @throws IllegalArgumentException when none is long enough, or the path is not positive
   */
  public NeedleType choose(int gauge, double pathMm) {
    if (!(pathMm >= 0) || !Double.isFinite(pathMm)) {
      throw new IllegalArgumentException("pathMm must be finite and >= 0: " + pathMm);
    }
    return needles.stream()
        .filter(n -> n.gauge() == gauge && n.lengthMm() >= pathMm + ClinicalFigures.NEEDLE_SPARE_MM)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no " + gauge + "G needle in the catalogue reaches " + String.format("%.1f", pathMm) + " mm"));
  }
}
