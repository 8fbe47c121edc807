package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.injectplan.Layering;
import org.junit.jupiter.api.Test;

/**
 * The plugin's compiled classes against core's {@link Layering} rule for front ends: every
 * command runs the chain through the workflow and names nothing of the algorithms below it
 * (core's {@code LayeringTest} holds the command line to the same rule and proves that the rule
 * can fail).
 */
class PluginLayeringTest {
  private static final String PLUGIN = "org/injectplan/plugin/";

  /** A command written as this one must not be: it runs the joint-space detector itself. */
  static final class RunsTheDetector {
    Object detect() {
      return new org.injectplan.segment.jointspace.JointSpaceDetector(org.injectplan.segment.jointspace.JointSpaceParams.DEFAULTS);
    }
  }

  @Test
  void aCommandRunningTheDetectorItselfBreaksTheRule() {
    assertEquals(List.of("fixture -> org/injectplan/segment/jointspace/JointSpaceDetector"), Layering.frontEndViolations(
        "fixture", Layering.referencesOf(RunsTheDetector.class), PLUGIN, Set.of()));
  }

  @Test
  void theCommandsSourcesImportNothingBelowTheWorkflow() {
    assertEquals(List.of(), Layering.importViolations(java.nio.file.Path.of("src/main/java/org/injectplan/plugin"),
        PLUGIN, Set.of()));
  }

  @Test
  void theCommandsUseTheWorkflowAndNothingBelowIt() {
    TreeMap<String, Layering.Refs> plugin = Layering.classesBeside(SegmentCapsule.class);
    assertTrue(plugin.keySet().stream().filter(c -> c.startsWith(PLUGIN)).count() > 20, "classes: " + plugin.size());
    List<String> bad = new ArrayList<>();
    plugin.forEach((c, refs) -> bad.addAll(Layering.frontEndViolations(c, refs, PLUGIN, Set.of())));
    assertEquals(List.of(), bad);
  }
}
