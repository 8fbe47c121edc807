package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Menus;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command table: entries read as ij.Menus reads them, ours and ImageJ's registered. */
class CommandTableTest {

  @Test
  void linesThatAreNotCommandEntriesAreSkipped() {
    Map<String, String> c = new HashMap<>();
    CommandTable.addEntry(c, "-");
    CommandTable.addEntry(c, ">\"Macros\"");
    CommandTable.addEntry(c, "Show Info...");
    CommandTable.addEntry(c, "\"No class\",");
    assertTrue(c.isEmpty(), "separators, submenus, popup labels and entries without a class: " + c);
  }

  @Test
  void aKeyShortcutIsRemovedFromTheNameAsImageJRemovesIt() {
    assertEquals("Image...", CommandTable.commandName("Image...[n]"));
    assertEquals("Properties... ", CommandTable.commandName("Properties... [y]"), "the space stays, as in ImageJ");
    assertEquals("Next Slice [>]", CommandTable.commandName("Next Slice [>]"), "not a shortcut ImageJ removes");
    assertEquals("Help [F1]", CommandTable.commandName("Help [F1]"), "function keys stay in the name");
    assertEquals("Close All", CommandTable.commandName("Close All"));
  }

  @Test
  void imageJsOwnCommandsComeFromItsPropsAndItsMenuCode() throws Exception {
    Map<String, String> c = CommandTable.imageJCommands();
    assertEquals("ij.plugin.Commands(\"new\")", c.get("Image..."), "IJ_Props.txt, File > New");
    assertEquals("ij.plugin.filter.GaussianBlur", c.get("Gaussian Blur..."), "IJ_Props.txt, Process > Filters");
    assertEquals("ij.plugin.Commands(\"close-all\")", c.get("Close All"), "ij.Menus' code, File");
    assertEquals("ij.plugin.filter.Analyzer", c.get("Measure"), "ij.Menus' code, Analyze");
    assertTrue(c.size() > 300, "ImageJ 1.54 has some 350 commands: " + c.size());
  }

  @Test
  void registeringPutsOursAndImageJsIntoImageJsTable() throws Exception {
    CommandTable.registerAll();
    assertEquals(OpenScan.class.getName(), Menus.getCommands().get("Open Scan..."));
    assertEquals("ij.plugin.Commands(\"save\")", Menus.getCommands().get("Save"));
    assertEquals(9, CommandTable.pluginCommands().size(), "plugins.config: " + CommandTable.pluginCommands());
  }
}
