package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help names the guide and every command of the menu. */
class HelpTest {

  @Test
  void theHelpTextLinksTheGuideAndNamesEveryCommand() throws Exception {
    String text = Help.text();
    assertTrue(text.contains("docs/imagej.md"));
    for (String command : HeadlessImageJ.commands().keySet()) {
      if (!command.equals("Help")) {
        assertTrue(text.contains(command.replace("...", "")), command + " is in the help");
      }
    }
  }

  @Test
  void everyMenuEntryIsACommandClass() throws Exception {
    for (String className : HeadlessImageJ.commands().values()) {
      assertTrue(ij.plugin.PlugIn.class.isAssignableFrom(Class.forName(className)), className);
    }
    assertTrue(HeadlessImageJ.commands().size() == 9, "nine menu entries: " + HeadlessImageJ.commands());
  }

  @Test
  void theHelpCommandRunsHeadless() throws Exception {
    HeadlessImageJ.run("run(\"Help\");");
  }
}
