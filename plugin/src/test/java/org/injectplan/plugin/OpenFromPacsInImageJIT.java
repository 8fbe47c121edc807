package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.Opener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.injectplan.pacs.OrthancServer;
import org.injectplan.pacs.StowCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins &gt; Injection Planner &gt; Open from PACS in a real ImageJ 1.54p on an Xvfb display (only
 * {@code Injection_Planner.jar} in its plugins folder), against a real Orthanc with its DICOMweb
 * plugin on loopback (core's {@link OrthancServer}) holding the knee cine and the single knee
 * frame of the same patient name. By the macro a user would record: a search that matches
 * nothing says so in the Log; then the cine is searched by patient, its study and series chosen
 * and opened, once by DICOMweb (credentials from a file) and once by C-GET. Each opened image is
 * saved as TIFF by the macro and compared here with the original opened by Open Scan in-process:
 * every frame's pixels, and the calibration.
 */
class OpenFromPacsInImageJIT {
  /** The knee cine's Patient ID (dcmdump of the sample); the single knee frame has another. */
  private static final String CINE_PATIENT_ID = "IPS-KNEE-CINE";
  private static ImageJUnderXvfb imagejDisplay;
  private static OrthancServer orthanc;
  private static Path original;

  @TempDir
  static Path orthancDir;
  @TempDir
  Path imagej;

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancServer.start(orthancDir);
    original = SampleFiles.extract("knee-cine");
    orthanc.store(original);
    orthanc.store(SampleFiles.extract("knee-us"));
    imagejDisplay = ImageJUnderXvfb.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (imagejDisplay != null) {
      imagejDisplay.close();
    }
    if (orthanc != null) {
      orthanc.close();
    }
  }

  @Test
  void searchesByPatientChoosesTheSeriesAndOpensTheCineByEitherProtocol() throws Exception {
    StowCredentials login = orthanc.credentials();
    Path credentials = imagej.resolve("pacs-login.txt");
    Files.writeString(credentials, login.user() + ":" + login.password() + "\n");
    Path result = imagej.resolve("result.txt");
    String web = "address=[" + orthanc.dicomWebUrl() + "] credentials=[" + credentials + "] timeout=30";
    String dimse = "address=" + OrthancServer.AET + "@127.0.0.1:" + orthanc.dicomPort()
        + " calling=" + OrthancServer.ALLOWED_CALLING_AET + " credentials=[] timeout=30";
    String choose = " patient=" + CINE_PATIENT_ID + " from=20240101 to=20241231 modality=US study="
        + OpenFromPacsTest.STUDY + " series=" + OpenFromPacsTest.SERIES;
    imagejDisplay.runMacro(imagej, String.join("\n",
        "run(\"Open from PACS...\", \"" + web + " patient=NOBODY modality=any\");",
        "nothing = nImages;",
        "run(\"Open from PACS...\", \"" + web + choose + "\");",
        "s = describe();",
        "saveAs(\"Tiff\", \"" + imagej.resolve("web.tif") + "\"); close(\"*\");",
        "run(\"Open from PACS...\", \"" + dimse + choose + "\");",
        "s = s + describe();",
        "saveAs(\"Tiff\", \"" + imagej.resolve("dimse.tif") + "\"); close(\"*\");",
        "File.saveString(\"\" + nothing + \"\\n\" + s + getInfo(\"log\"), \"" + result + "\");",
        "run(\"Quit\");",
        "function describe() {",
        "  getPixelSize(unit, pw, ph);",
        "  return getTitle() + \"\\n\" + nSlices + \"\\n\" + unit + \"\\n\" + d2s(pw, 9) + \"\\n\" + d2s(ph, 9) + \"\\n\"",
        "    + Property.get(\"" + ScanImage.SCAN_KEY + "\") + \"\\n\";",
        "}", ""));
    assertTrue(Files.exists(result), "the macro ran to the end; log:\n" + ImageJUnderXvfb.log(imagej));
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals("0", lines.get(0), "the search that matches nothing opened nothing");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(OpenFromPacs.TITLE + ": no study on ")
        && l.endsWith(" matches")), "the Log says nothing matched: " + lines);

    ImagePlus direct = OpenScan.open(original);
    for (int p = 0; p < 2; p++) {
      String how = p == 0 ? "DICOMweb" : "C-GET";
      List<String> d = lines.subList(1 + 6 * p, 7 + 6 * p);
      assertTrue(d.get(0).endsWith(".dcm"), how + ": the title is the retrieved file's: " + d.get(0));
      assertEquals(String.valueOf(direct.getStackSize()), d.get(1), how + ": frames");
      assertEquals(12, direct.getStackSize());
      assertEquals("mm", d.get(2), how + ": unit");
      assertEquals(direct.getCalibration().pixelWidth, Double.parseDouble(d.get(3)), 1e-9, how + ": mm per pixel x");
      assertEquals(direct.getCalibration().pixelHeight, Double.parseDouble(d.get(4)), 1e-9, how + ": mm per pixel y");
      assertTrue(d.get(5).startsWith(imagej.resolve("tmp").resolve("injectplan-pacs-").toString())
          && d.get(5).endsWith(d.get(0)), how + ": the retrieved file, kept for Export Plan to reference: " + d.get(5));
      ImagePlus fetched = new Opener().openImage(imagej.resolve(p == 0 ? "web.tif" : "dimse.tif").toString());
      assertEquals(direct.getStackSize(), fetched.getStackSize(), how);
      for (int i = 1; i <= direct.getStackSize(); i++) {
        assertArrayEquals((byte[]) direct.getStack().getPixels(i), (byte[]) fetched.getStack().getPixels(i),
            how + ": frame " + i);
      }
    }
    assertPasswordNowhere(login.password());
  }

  /** The password is in no file ImageJ wrote (preferences, macro, log): only the file's path is kept. */
  private void assertPasswordNowhere(String password) throws Exception {
    try (Stream<Path> all = Files.walk(imagej)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.equals("pacs-login.txt") || name.endsWith(".tif") || name.endsWith(".jar")) {
          continue; // the credentials file itself, the images, our jar
        }
        assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains(password), "the password is in " + f);
      }
    }
  }
}
