package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.IJ;
import ij.Menus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ImageJ 1.x without a display, as a test's host: the commands of {@code plugins.config}
 * registered under their menu names (what ImageJ does when it finds the jar in its plugins
 * folder; a headless ImageJ 1.x cannot build its menus), and macros run by ImageJ's own
 * interpreter in batch mode, as a user's recorded macro would be.
 */
final class HeadlessImageJ {
  private static final Pattern LINE = Pattern.compile("^Plugins>Injection Planner, \"([^\"]+)\", (\\S+)$");
  private static Map<String, String> commands;

  private HeadlessImageJ() {
  }

  /** Menu name to class name, from plugins.config. */
  static synchronized Map<String, String> commands() throws Exception {
    if (commands == null) {
      Map<String, String> c = new LinkedHashMap<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          HeadlessImageJ.class.getResourceAsStream("/plugins.config"), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          Matcher m = LINE.matcher(line.trim());
          if (m.matches()) {
            c.put(m.group(1), m.group(2));
          }
        }
      }
      Field f = Menus.class.getDeclaredField("pluginsTable");
      f.setAccessible(true);
      @SuppressWarnings("unchecked")
      Hashtable<String, String> table = (Hashtable<String, String>) f.get(null);
      if (table == null) {
        table = new Hashtable<>();
        f.set(null, table);
      }
      table.putAll(c);
      table.put(Keep.COMMAND, Keep.class.getName());
      commands = c;
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
