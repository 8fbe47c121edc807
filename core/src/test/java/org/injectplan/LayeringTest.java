package org.injectplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.injectplan.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Core's compiled classes against {@link Layering}: the command line runs the chain through the
 * workflow and names nothing of the algorithms below it; no class of core refers to a window.
 * The plugin's classes are held to the same rule by the plugin's {@code PluginLayeringTest}.
 */
class LayeringTest {
  private static final String CLI = "org/injectplan/cli/";

  /** A class written as a front end must not be: it calls the segmenter itself. */
  static final class CallsTheSegmenter {
    Object segment() {
      return new org.injectplan.segment.capsule.CapsuleSegmenter(org.injectplan.segment.capsule.CapsuleParams.DEFAULTS);
    }
  }

  /** Nor this one: it names an allowed nested result, and calls its outer class, the planner. */
  static final class CallsTheFluoroPlanner {
    Object plan(org.injectplan.planning.FluoroPlanning.Result r) {
      return r == null ? new org.injectplan.planning.FluoroPlanning(null) : r.plan();
    }
  }

  /** This one may: it names the planner's result (its outer class in the class file) and reads it. */
  static final class NamesItsResult {
    Object plan(org.injectplan.planning.FluoroPlanning.Result r) {
      return r.plan();
    }
  }

  /** A class written as core must not be: it makes an ImageJ region of interest and logs. */
  static final class OpensAWindow {
    Object roi() {
      ij.IJ.log("no");
      return new ij.gui.Roi(0, 0, 1, 1);
    }
  }

  @Test
  void theRulesCatchAFrontEndCallingTheSegmenterAndCoreTouchingImageJsGui() {
    // the fixture's own classes are its "package"
    String own = "org/injectplan/LayeringTest";
    assertEquals(List.of("fixture -> org/injectplan/segment/capsule/CapsuleSegmenter"),
        Layering.frontEndViolations("fixture", Layering.referencesOf(CallsTheSegmenter.class), own, Set.of()));
    assertEquals(List.of("fixture -> org/injectplan/planning/FluoroPlanning",
        "fixture -> org/injectplan/planning/NeedleCatalogue"),
        Layering.frontEndViolations("fixture", Layering.referencesOf(CallsTheFluoroPlanner.class), own, Set.of()));
    assertEquals(List.of(),
        Layering.frontEndViolations("fixture", Layering.referencesOf(NamesItsResult.class), own, Set.of()));
    assertEquals(List.of("fixture -> ij/IJ", "fixture -> ij/gui/Roi"),
        Layering.guiViolations("fixture", Layering.referencesOf(OpensAWindow.class)));
    // the workflow itself runs the segmenter: as a front end it would break the rule
    assertTrue(Layering.frontEndViolations("w", Layering.referencesOf(org.injectplan.workflow.UsWorkflow.class), CLI,
        Set.of()).contains("w -> org/injectplan/segment/capsule/CapsuleSegmenter"));
  }

  @Test
  void theImportRuleCatchesAnImportBelowTheWorkflow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("Bad.java"), String.join("\n", "package org.injectplan.cli;",
        "import org.injectplan.workflow.UsWorkflow;", "import org.injectplan.planning.FluoroPlanning;",
        "import org.injectplan.planning.UsPlanner;", "import static org.injectplan.segment.needle.NeedleDetector.SEARCH_DEG;",
        "import org.injectplan.segment.*;", "import org.injectplan.plan.*;", "/** {@link UsPlanner} */",
        "class Bad {}"));
    assertEquals(List.of("Bad.java -> org.injectplan.planning.UsPlanner",
        "Bad.java -> org.injectplan.segment.needle.NeedleDetector.SEARCH_DEG", "Bad.java -> org.injectplan.segment.*"),
        Layering.importViolations(dir, CLI, Set.of()), "FluoroPlanning: the outer class of an allowed result");
  }

  @Test
  void theCommandLinesSourcesImportNothingBelowTheWorkflow() {
    assertEquals(List.of(), Layering.importViolations(java.nio.file.Path.of("src/main/java/org/injectplan/cli"), CLI,
        Set.of("org/injectplan/bench/")));
  }

  @Test
  void theCommandLineUsesTheWorkflowAndNothingBelowIt() {
    TreeMap<String, Layering.Refs> core = Layering.classesBeside(Main.class);
    assertTrue(core.keySet().stream().filter(c -> c.startsWith(CLI)).count() > 10, "cli classes read: " + core.size());
    List<String> bad = new ArrayList<>();
    for (Map.Entry<String, Layering.Refs> c : core.entrySet()) {
      if (c.getKey().startsWith(CLI)) {
        bad.addAll(Layering.frontEndViolations(c.getKey(), c.getValue(), CLI, Set.of("org/injectplan/bench/")));
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theImageKernelAndTheImageAnalysisReferToNothingAboveThem() {
    TreeMap<String, Layering.Refs> core = Layering.classesBeside(Main.class);
    String kernel = "org/injectplan/image/";
    String analysis = "org/injectplan/segment/";
    String needle = "org/injectplan/segment/needle/";
    assertTrue(core.keySet().stream().filter(c -> c.startsWith(kernel)).count() >= 8, "kernel classes read");
    // the rules catch what they are for: a front end's class refers to the planner, the planner to the kernel
    assertTrue(Layering.referencesUnder("f", Layering.referencesOf(CallsTheFluoroPlanner.class),
        Layering.ABOVE_ANALYSIS).contains("f -> org/injectplan/planning/FluoroPlanning"));
    assertTrue(Layering.referencesOutside("p", core.get("org/injectplan/planning/UsPlanner"), Layering.KERNEL_MAY_USE)
        .stream().anyMatch(r -> r.startsWith("p -> org/injectplan/planning/")));
    List<String> bad = new ArrayList<>();
    core.forEach((c, refs) -> {
      if (c.startsWith(kernel)) {
        bad.addAll(Layering.referencesOutside(c, refs, Layering.KERNEL_MAY_USE));
      }
      if (c.startsWith(analysis) && !c.startsWith(needle)) {
        bad.addAll(Layering.referencesUnder(c, refs, Layering.ABOVE_ANALYSIS));
      }
      if (c.startsWith("org/injectplan/planning/")) {
        bad.addAll(Layering.referencesUnder(c, refs, Set.of(needle)));
      }
    });
    assertEquals(List.of(), bad);
  }

  @Test
  void coreNeverRefersToAWindow() {
    TreeMap<String, Layering.Refs> core = Layering.classesBeside(Main.class);
    assertTrue(core.size() > 200, "core classes read: " + core.size());
    List<String> bad = new ArrayList<>();
    core.forEach((c, refs) -> bad.addAll(Layering.guiViolations(c, refs)));
    assertEquals(List.of(), bad);
  }
}
