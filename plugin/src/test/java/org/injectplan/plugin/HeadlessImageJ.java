package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.IJ;
import java.util.Map;

/**
 * ImageJ 1.x without a display, as a test's host: the command table filled by
 * {@link CommandTable} (our commands under their menu names, as ImageJ registers them when it
 * finds the jar in its plugins folder, and ImageJ's own; a headless ImageJ 1.x cannot build its
 * menus), and macros run by ImageJ's own interpreter in batch mode, as a user's recorded macro
 * would be.
 */
final class HeadlessImageJ {
  private static Map<String, String> commands;

  private HeadlessImageJ() {
  }

  /**
   * Our commands (menu name to class name, from plugins.config), registered with ImageJ's own
   * and the test-only command, as {@link HeadlessMacro} registers them.
   */
  static synchronized Map<String, String> commands() throws Exception {
    if (commands == null) {
      CommandTable.registerAll();
      CommandTable.register(Map.of(Keep.COMMAND, Keep.class.getName()));
      commands = CommandTable.pluginCommands();
    }
    return commands;
  }

  /**
   * Runs the macro in batch mode and returns what it returns; fails when the macro stopped
   * early (a command's error aborts it).
   */
  static String run(String macro) throws Exception {
    commands();
    String result = IJ.runMacro("setBatchMode(true);\n" + macro + "\nreturn \"finished\";");
    assertEquals("finished", result, "the macro ran to its end:\n" + macro);
    return result;
  }

  /** Runs the macro and returns the image it left current (kept by a test-only command). */
  static ij.ImagePlus runAndKeepImage(String macro) throws Exception {
    Keep.image = null;
    run(macro + "\nrun(\"" + Keep.COMMAND + "\");");
    return Keep.image;
  }

  /** A test-only command that hands the macro's current image to the test. */
  public static final class Keep implements ij.plugin.PlugIn {
    static final String COMMAND = "Keep image for the test";
    static volatile ij.ImagePlus image;

    @Override
    public void run(String arg) {
      image = IJ.getImage();
    }
  }
}
