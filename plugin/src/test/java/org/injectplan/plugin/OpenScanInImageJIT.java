package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
