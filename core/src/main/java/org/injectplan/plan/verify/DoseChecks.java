package org.injectplan.plan.verify;

import java.util.ArrayList;
import java.util.List;
import org.injectplan.plan.Deposition;
import org.injectplan.plan.Dose;
import org.injectplan.plan.IntravenousRange;
import org.injectplan.plan.Plan;

/**
 * The dose's figures derived from the cell count, the viability, the volume, the dead space and
 * the fraction in the capsule as the plan states them (the fraction itself is checked against the
 * outline by {@link DepositionChecks}), at {@link Tolerances#CELLS_RELATIVE}.
 */
final class DoseChecks {
  private final Plan plan;

  DoseChecks(Plan plan) {
    this.plan = plan;
  }

  List<Check> all() {
    List<Check> out = new ArrayList<>();
    Dose d = plan.dose();
    if (d == null) {
      return out;
    }
    Deposition dep = plan.deposition();
    double viable = d.cells() * (d.viability() == null ? 1 : d.viability());
    double dead = dep.deadSpaceMl() == null ? 0 : dep.deadSpaceMl();
    out.add(cells("dose.cellsPerMl", d.cellsPerMl(), d.cells() / dep.volumeMl(), "cells / deposition.volumeMl"));
    if (d.viableDelivered() != null) {
      out.add(cells("dose.viableDelivered", d.viableDelivered(), viable * (dep.volumeMl() - dead) / dep.volumeMl(),
          "viable cells x (volume - dead space) / volume"));
    }
    if (d.lostInDeadSpace() != null) {
      out.add(cells("dose.lostInDeadSpace", d.lostInDeadSpace(), viable * dead / dep.volumeMl(),
          "viable cells x dead space / volume"));
    }
    if (d.toCapsule() != null) {
      out.add(cells("dose.toCapsule", d.toCapsule(), viable * (dep.volumeMl() - dead) / dep.volumeMl()
          * dep.fractionInCapsule(), "viable delivered x deposition.fractionInCapsule"));
    }
    IntravenousRange iv = d.intravenous();
    if (iv != null) {
      out.add(cells("dose.intravenous.cellsPastLungsLow", iv.cellsPastLungsLow(), viable * iv.firstPassLow(),
          "viable cells x firstPassLow"));
      out.add(cells("dose.intravenous.cellsPastLungsHigh", iv.cellsPastLungsHigh(), viable * iv.firstPassHigh(),
          "viable cells x firstPassHigh"));
    }
    return out;
  }

  private static Check cells(String key, Double stated, double derived, String basis) {
    if (stated == null) {
      return Check.notChecked(key, "null", "not stated");
    }
    return Check.of(key, Figures.of(stated), Figures.of(derived), Tolerances.nearRelative(stated, derived,
        Tolerances.CELLS_RELATIVE), basis + ", relative +/- " + Tolerances.CELLS_RELATIVE);
  }
}
