package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless macro runner in-process: what stops a macro and how it is reported, and ImageJ's
 * own file commands in a headless batch macro. The command line in a child JVM, over a folder
 * of scans, is HeadlessMacroIT.
 */
class HeadlessMacroTest {
  @TempDir
  Path dir;

  @BeforeAll
  static void register() throws Exception {
    CommandTable.registerAll();
  }

  @Test
  void aWrongCommandLineOrAnUnreadableMacroIsStatusTwo() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, HeadlessMacro.run(new String[0], new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"), err.toString(StandardCharsets.UTF_8));
    err.reset();
    Path missing = dir.resolve("missing.ijm");
    assertEquals(2, HeadlessMacro.run(new String[] {missing.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: " + missing + ": cannot be read"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMacroErrorStopsTheMacroWithItsMessage() {
    assertEquals("macro error: Number or numeric function expected", HeadlessMacro.runMacro("x = 1 +;\nprint(\"no\");", ""));
    assertEquals("macro error: Unrecognized command: \"No Such Command\"",
        HeadlessMacro.runMacro("run(\"No Such Command\");", ""));
  }

  @Test
  void aBadFileStopsTheMacroWithTheCommandsReasonNamingTheFile() throws Exception {
    Path bad = Files.writeString(dir.resolve("not-a-scan.dcm"), "not DICOM");
    Path after = dir.resolve("after.txt");
    String failure = HeadlessMacro.runMacro("run(\"Open Scan...\", \"open=[" + bad + "]\");\n"
        + "File.saveString(\"reached\", \"" + after + "\");", "");
    assertTrue(failure != null && failure.startsWith("Open Scan: " + bad + ": "), failure);
    assertTrue(Files.notExists(after), "the macro stopped at the bad file");
  }

  @Test
  void anImageJCommandThatNeedsADisplayStopsTheMacroNamingIt() throws Exception {
    Path after = dir.resolve("after.txt");
    String failure = HeadlessMacro.runMacro(String.join("\n",
        "newImage(\"ramp\", \"8-bit ramp\", 64, 16, 1);",
        "run(\"Duplicate...\", \"title=copy\");", // ImageJ 1.54p builds its dialog even with options
        "File.saveString(\"reached\", \"" + after + "\");",
        "close(\"*\");"), "");
    assertTrue(failure != null && failure.startsWith("\"Duplicate...\" failed: java.awt.HeadlessException"), failure);
    assertTrue(Files.notExists(after), "the macro stopped at the failed command");
    IJ.run("Close All");
  }

  @Test
  void exitEndsTheMacroWithoutAnError() {
    assertNull(HeadlessMacro.runMacro("print(\"done\");\nexit;\nx = 1 +;", ""));
  }

  @Test
  void imageJsFileCommandsWorkInAHeadlessBatchMacro() throws Exception {
    Path tif = dir.resolve("ramp.tif");
    String failure = HeadlessMacro.runMacro(String.join("\n",
        "newImage(\"ramp\", \"8-bit ramp\", 64, 16, 1);",
        "saveAs(\"Tiff\", getArgument());",
        "run(\"Invert\");",
        "run(\"Save\");",
        "run(\"Close All\");",
        "if (nImages != 0) exit(\"Close All left \" + nImages);",
        "run(\"Open...\", \"path=[\" + getArgument() + \"]\");",
        "run(\"Gaussian Blur...\", \"sigma=1\");",
        "run(\"Measure\");",
        "close(\"*\");"), tif.toString());
    assertNull(failure);
    ImagePlus saved = IJ.openImage(tif.toString());
    assertEquals(255, saved.getProcessor().get(0, 0), "Save wrote the inverted ramp over the file");
    assertEquals(0, ij.WindowManager.getImageCount(), "Close All");
  }
}
