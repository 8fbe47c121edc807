package org.injectplan.plugin;

import ij.Menus;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ImageJ 1.x's command table (menu name to class, what {@code run("...")} in a macro looks up)
 * filled without a display. A plain ImageJ fills it while it builds its menu bar, which throws
 * {@code java.awt.HeadlessException} when there is no display; {@code IJ.run} skips that step
 * once the table exists. The table gets our commands (from {@code plugins.config}, as ImageJ
 * reads it from the jar) and ImageJ's own: the submenus it reads from {@code IJ_Props.txt} in
 * {@code ij.jar}, and the File, Edit, Image, Process and Analyze items it adds in code (listed in
 * {@code imagej-menu-commands.txt} beside this class). A command being registered does not mean
 * it works without a display: those that open a window still fail.
 */
public final class CommandTable {
  private static final Pattern CONFIG_LINE = Pattern.compile("^Plugins>Injection Planner, \"([^\"]+)\", (\\S+)$");
  /** A menu entry key of IJ_Props.txt: the submenu's name and a two-digit number. */
  private static final Pattern PROPS_KEY = Pattern.compile("^[a-z_-]+\\d\\d$");
  static final String MENU_COMMANDS = "imagej-menu-commands.txt";

  private CommandTable() {
  }

  /** Our commands: menu name to class name, from plugins.config, in its order. */
  public static Map<String, String> pluginCommands() throws IOException {
    Map<String, String> c = new LinkedHashMap<>();
    try (BufferedReader r = reader(CommandTable.class.getResourceAsStream("/plugins.config"), "/plugins.config")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Matcher m = CONFIG_LINE.matcher(line.trim());
        if (m.matches()) {
          c.put(m.group(1), m.group(2));
        }
      }
    }
    return c;
  }

  /**
   * ImageJ's own commands, named as ImageJ names them (shortcuts such as {@code [n]} removed the
   * way ij.Menus removes them): the menu entries of IJ_Props.txt and the items ij.Menus adds in code.
   */
  public static Map<String, String> imageJCommands() throws IOException {
    Map<String, String> c = new TreeMap<>();
    Properties props = new Properties();
    try (InputStream in = Menus.class.getResourceAsStream("/IJ_Props.txt")) {
      if (in == null) {
        throw new IOException("/IJ_Props.txt: missing from ImageJ's jar (is ij.jar on the class path?)");
      }
      props.load(in);
    }
    for (String key : props.stringPropertyNames()) {
      if (PROPS_KEY.matcher(key).matches()) {
        addEntry(c, props.getProperty(key));
      }
    }
    try (BufferedReader r = reader(CommandTable.class.getResourceAsStream(MENU_COMMANDS), MENU_COMMANDS)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          addEntry(c, line.trim());
        }
      }
    }
    return c;
  }

  /** Adds an entry {@code "Label[shortcut]",class.Name("arg")} as ij.Menus reads it; others are skipped. */
  static void addEntry(Map<String, String> commands, String entry) {
    int lastComma = entry.lastIndexOf(',');
    if (!entry.startsWith("\"") || lastComma < 2 || entry.charAt(lastComma - 1) != '"') {
      return; // a separator, a submenu or a plain label (the popup menu)
    }
    String className = entry.substring(lastComma + 1).trim();
    if (!className.isEmpty()) {
      commands.put(commandName(entry.substring(1, lastComma - 1)), className);
    }
  }

  /** The command's name: the label without a trailing key shortcut such as {@code [n]} (not {@code [F1]}). */
  static String commandName(String label) {
    int open = label.lastIndexOf('[');
    if (!label.endsWith("]") || open <= 0) {
      return label;
    }
    int code = Menus.convertShortcutToCode(label.substring(open + 1, label.length() - 1));
    boolean functionKey = code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12;
    return code > 0 && !functionKey ? label.substring(0, open) : label;
  }

  /** Puts the commands into ImageJ's command table, creating it when ImageJ has none yet. */
  public static synchronized void register(Map<String, String> commands) {
    table().putAll(commands);
  }

  /** ImageJ's commands, then ours: what a plain ImageJ with our jar in its plugins folder has. */
  public static void registerAll() throws IOException {
    register(imageJCommands());
    register(pluginCommands());
  }

  @SuppressWarnings("unchecked")
  private static Hashtable<String, String> table() {
    Hashtable<String, String> t = Menus.getCommands();
    if (t != null) {
      return t;
    }
    try {
      Field f = Menus.class.getDeclaredField("pluginsTable");
      f.setAccessible(true);
      t = new Hashtable<>();
      f.set(null, t);
      return t;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this ImageJ's command table cannot be filled (" + e
          + "); ImageJ 1.54 is known to work", e);
    }
  }

  private static BufferedReader reader(InputStream in, String name) throws IOException {
    if (in == null) {
      throw new IOException(name + ": missing from the plugin's jar");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
