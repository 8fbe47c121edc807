package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ij.IJ;
import org.junit.jupiter.api.Test;

/** A command's failure is shown once and stops the macro; the body runs with the plugin's class loader. */
class CommandsTest {

  @Test
  void aRefusalStopsTheRecordedMacro() throws Exception {
    HeadlessImageJ.commands();
    String result = IJ.runMacro("setBatchMode(true);\nrun(\"Open Sample...\", \"sample=knee-us\");\n"
        + "run(\"Export Plan...\", \"folder=[/tmp]\");\nreturn \"went on\";");
    assertNotEquals("went on", result, "Export Plan without a plan must stop the macro");
  }

  @Test
  void theBodyRunsWithThePluginsClassLoaderWhichIsThenRestored() {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    ClassLoader[] seen = new ClassLoader[1];
    Commands.run("Test", () -> seen[0] = Thread.currentThread().getContextClassLoader());
    assertSame(Commands.class.getClassLoader(), seen[0]);
    assertSame(before, t.getContextClassLoader());
  }

  @Test
  void anExceptionOutsideAMacroIsShownAndDoesNotEscape() {
    boolean[] ran = {false};
    Commands.run("Test", () -> {
      ran[0] = true;
      throw new IllegalArgumentException("bad value");
    });
    assertEquals(true, ran[0]);
  }
}
