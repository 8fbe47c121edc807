package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ImageJ, with a window under Xvfb and only {@code Injection_Planner.jar} in its plugins
 * folder, opens a JPEG-lossless XA file by macro through Plugins > Injection Planner > Open Scan:
 * the codec must be found inside ImageJ's plugin class loader, and the pixels must be the ones
 * the core decodes in-process.
 */
class OpenScanInImageJIT {
  private static ImageJUnderXvfb imagejDisplay;

  @TempDir
  Path imagej;

  @BeforeAll
  static void startXvfb() throws Exception {
    imagejDisplay = ImageJUnderXvfb.start();
  }

  @AfterAll
  static void stopXvfb() throws InterruptedException {
    if (imagejDisplay != null) {
      imagejDisplay.close();
    }
  }

  @Test
  void aJpegLosslessXaFileOpensInAPlainImageJ() throws Exception {
    Path file = Path.of(System.getProperty("injectplan.corpus"), "real", "XA1_JPLL.dcm");
    Path result = imagej.resolve("result.txt");
    imagejDisplay.runMacro(imagej, String.join("\n",
        "run(\"Open Scan...\", \"open=[" + file + "]\");",
        "s = getTitle() + \"\\n\" + nSlices + \"\\n\" + bitDepth() + \"\\n\" + getWidth() + \"\\n\"",
        "  + getPixel(512, 512) + \"\\n\" + getPixel(100, 900) + \"\\n\";",
        "File.saveString(s, \"" + result + "\");",
        "close(\"*\");",
        "run(\"Quit\");", ""));
    assertTrue(Files.exists(result), "the macro ran to the end; log:\n" + ImageJUnderXvfb.log(imagej));
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals("XA1_JPLL.dcm", lines.get(0));
    assertEquals("1", lines.get(1));
    assertEquals("16", lines.get(2));
    assertEquals("1024", lines.get(3));
    try (Scan scan = ScanLoader.open(file)) {
      assertEquals(scan.frame(0).get(512, 512), (int) Double.parseDouble(lines.get(4)), "pixel (512, 512)");
      assertEquals(scan.frame(0).get(100, 900), (int) Double.parseDouble(lines.get(5)), "pixel (100, 900)");
    }
  }

  /**
   * JPEG 2000 (jai-imageio's reader, relocated in the jar with its ImageIO registration) and
   * JPEG-LS (our decoder) from the same jar: each file opens with the pixels the core decodes
   * in-process from the libraries under their own names.
   */
  @Test
  void jpeg2000AndJpegLsFilesOpenInAPlainImageJ() throws Exception {
    List<String> names = List.of("US1_J2KR.dcm", "jpeg-ls-Palette_US_10x.dcm");
    int[][] points = {{100, 100}, {240, 320}, {400, 200}};
    Path result = imagej.resolve("result.txt");
    StringBuilder macro = new StringBuilder("s = \"\";\n");
    for (String name : names) {
      macro.append("run(\"Open Scan...\", \"open=[").append(Path.of(System.getProperty("injectplan.corpus"), "real", name))
          .append("]\");\n").append("s = s + getTitle() + \"\\n\" + nSlices + \"\\n\" + getWidth() + \"\\n\";\n");
      for (int[] p : points) {
        macro.append("s = s + getPixel(").append(p[0]).append(", ").append(p[1]).append(") + \"\\n\";\n");
      }
      macro.append("close(\"*\");\n");
    }
    macro.append("File.saveString(s, \"").append(result).append("\");\nrun(\"Quit\");\n");
    imagejDisplay.runMacro(imagej, macro.toString());
    assertTrue(Files.exists(result), "the macro ran to the end; log:\n" + ImageJUnderXvfb.log(imagej));
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    int line = 0;
    for (String name : names) {
      try (Scan scan = ScanLoader.open(Path.of(System.getProperty("injectplan.corpus"), "real", name))) {
        assertEquals(name, lines.get(line++));
        assertEquals(scan.frameCount(), Integer.parseInt(lines.get(line++)), name + " frames");
        assertEquals(scan.columns(), Integer.parseInt(lines.get(line++)), name + " width");
        ImageProcessor frame = scan.frame(0);
        assertTrue(frame.getPixel(points[0][0], points[0][1]) != frame.getPixel(points[1][0], points[1][1])
            || frame.getPixel(points[1][0], points[1][1]) != frame.getPixel(points[2][0], points[2][1]),
            name + ": the points sample the picture, not a blank");
        for (int[] p : points) {
          int expected = frame.getPixel(p[0], p[1]) & (frame instanceof ColorProcessor ? 0xffffff : -1);
          assertEquals(expected, (int) Double.parseDouble(lines.get(line++)), name + " pixel " + p[0] + ", " + p[1]);
        }
      }
    }
  }
}
