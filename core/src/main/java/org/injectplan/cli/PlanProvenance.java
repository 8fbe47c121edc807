package org.injectplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.injectplan.plan.Plan;
import org.injectplan.plan.Provenance;
import org.injectplan.planning.JointPreset;
import org.injectplan.scan.Scan;
import org.injectplan.segment.capsule.CapsuleParams;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The provenance {@code plan} records in the plan it writes: the build's version, every option's
 * value (given or default; files by role only, "given" or absent, never their path), the preset
 * and segmentation parameters behind the defaults, the digests of the scan file and of the planned
 * frame, and when.
 */
final class PlanProvenance {
  private PlanProvenance() {
  }

  static Plan stamp(Plan plan, Scan scan, CommandSpec spec) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("command", spec.qualifiedName());
    for (OptionSpec o : spec.options()) {
      String name = o.longestName().replaceFirst("^-+", "");
      if (o.usageHelp() || o.versionHelp() || name.equals("out") || name.equals("force")) {
        continue;
      }
      Object v = o.getValue();
      if (v == null || (v instanceof Object[] a && a.length == 0)) {
        continue;
      }
      params.put(name, text(v));
    }
    if (plan.joint() != null) {
      try {
        params.put("preset", JointPreset.of(plan.joint()).toString());
      } catch (IllegalArgumentException e) {
        params.put("preset", plan.joint());
      }
    }
    if (!params.containsKey("capsule")) {
      params.put("segmentation", CapsuleParams.DEFAULTS.toString());
    }
    return plan.withProvenance(Provenance.of(scan, plan.frame(), params));
  }

  private static String text(Object v) {
    if (v instanceof Path) {
      return "given";
    }
    if (v instanceof Object[] a) {
      if (a.length > 0 && a[0] instanceof Path) {
        return a.length + " given";
      }
      return String.join(",", java.util.Arrays.stream(a).map(String::valueOf).toList());
    }
    if (v instanceof org.injectplan.plan.PixelPoint p) {
      return p.xPx() + "," + p.yPx();
    }
    return String.valueOf(v);
  }
}
