package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow of {@link WorkflowInImageJIT} (open a sample, segment, plan, export the PDF,
 * practise) in an ImageJ whose jars/ folder holds, as Fiji's does, other and older versions of
 * the libraries inside our jar: Jackson 2.11, Commons Math 3.2, PDFBox 2.0 with its fontbox and
 * commons-logging (copied from Maven Central into target/other-versions by the pom). They come
 * first on the class path, so a copy of ours under the libraries' own package names would lose
 * to them: the jar before relocation stops at Plan Trajectory with "a plan record did not
 * serialise" (Jackson 2.11 predates records). Relocated under {@code org.injectplan.shaded},
 * ours are the only ones under those names.
 */
class WorkflowBesideOtherVersionsIT {
  private static final List<String> OTHER_VERSIONS = List.of("commons-logging-1.2.jar", "commons-math3-3.2.jar",
      "fontbox-2.0.35.jar", "jackson-annotations-2.11.4.jar", "jackson-core-2.11.4.jar",
      "jackson-databind-2.11.4.jar", "pdfbox-2.0.35.jar");
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

  private static List<Path> otherVersions() throws Exception {
    Path dir = Path.of(System.getProperty("injectplan.otherVersions"));
    try (Stream<Path> jars = Files.list(dir)) {
      List<Path> found = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      assertEquals(OTHER_VERSIONS, found.stream().map(p -> p.getFileName().toString()).toList(),
          "the other versions in " + dir);
      return found;
    }
  }

  @Test
  void imageJFindsTheOtherVersionsUnderTheLibrariesNames() throws Exception {
    Path result = imagej.resolve("result.txt");
    imagejDisplay.runMacro(imagej, String.join("\n",
        "File.saveString(call(\"org.apache.pdfbox.util.Version.getVersion\") + \"\\n\", \"" + result + "\");",
        "run(\"Quit\");", ""), otherVersions());
    assertTrue(Files.exists(result), "the macro ran to the end; log:\n" + ImageJUnderXvfb.log(imagej));
    assertEquals("2.0.35", Files.readString(result, StandardCharsets.UTF_8).trim(),
        "org.apache.pdfbox is ImageJ's PDFBox 2.0, not ours");
  }

  @Test
  void theWorkflowRunsBesideOtherVersionsOfOurLibraries() throws Exception {
    Path shots = Files.createDirectories(imagej.resolve("shots"));
    WorkflowInImageJIT.runAndCheck(imagejDisplay, imagej, shots, otherVersions());
  }
}
