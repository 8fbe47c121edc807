package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of {@code shared/dicom/malformed} through the command line, in a JVM limited to
 * 512 MB: a file a tolerant reader should read (the corpus README: no preamble, a missing
 * sequence delimiter, a frame count of "1A") is read; every other is refused with exit status 2
 * and one line {@code error: <file>: <reason>}, no stack trace, no OutOfMemoryError, no hang.
 * The time each takes is printed by {@code injectplan bench malformed}, not asserted here.
 */
class MalformedCorpusTest {

  private enum Outcome { READ, REFUSED_AT_LOAD, REFUSED_AT_DECODE }

  /** What each file must give, and why. */
  private static final Map<String, Outcome> EXPECTED = Map.ofEntries(
      Map.entry("3gb-bulk-data-truncated.dcm", Outcome.REFUSED_AT_LOAD), // 3 GiB declared in 100 kB
      Map.entry("CR-MONO1-10-chest_nopreamble.dcm", Outcome.READ), // ACR-NEMA style, no preamble or meta
      Map.entry("GH1339.dcm", Outcome.READ), // no sequence delimiter after the last fragment
      Map.entry("GH364_US_jpegls.dcm", Outcome.REFUSED_AT_LOAD), // an item with no sequence after (0018,5020), as dcmtk says; its JPEG-LS frame is checked in JpegLsTest
      Map.entry("JPEG2000-embedded-sequence-delimiter.dcm", Outcome.REFUSED_AT_DECODE), // codestream jai-imageio rejects
      Map.entry("MR_truncated.dcm", Outcome.REFUSED_AT_LOAD), // pixel data cut short
      Map.entry("badVR.dcm", Outcome.READ), // Number of Frames "1A" read as 1
      Map.entry("emri_small_jpeg_2k_lossless_too_short.dcm", Outcome.READ), // all 10 fragments whole, delimiter missing
      Map.entry("no_meta.dcm", Outcome.REFUSED_AT_LOAD), // a stray byte before the data set
      Map.entry("no_preamble_dicm_in_data.dcm", Outcome.REFUSED_AT_LOAD)); // "DICM" inside the data; no pixels

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> eachMalformedFile() throws Exception {
    return Corpus.files("malformed").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> check(f)));
  }

  private void check(Path file) throws Exception {
    Outcome expected = EXPECTED.get(file.getFileName().toString());
    assertTrue(expected != null, "no expected outcome for " + file + ": add it to EXPECTED with the reason");
    Cli.Result info = Cli.run("512m", "info", "--json", file.toString());
    assertClean(file, info);
    if (expected == Outcome.REFUSED_AT_LOAD) {
      assertRefused(file, info);
      return;
    }
    assertEquals(0, info.exitCode(), file + ": info should succeed\n" + info.stderr());
    int frames = Integer.parseInt(info.stdout().replaceAll("(?s).*\"frames\" : (\\d+).*", "$1"));
    Path png = tmp.resolve(file.getFileName() + ".png");
    Cli.Result decode = Cli.run("512m", "decode", file.toString(), "--frame", String.valueOf(frames - 1),
        "--png", png.toString());
    assertClean(file, decode);
    if (expected == Outcome.REFUSED_AT_DECODE) {
      assertRefused(file, decode);
      assertFalse(Files.exists(png), "no PNG is left behind for a refused frame");
    } else if (decode.exitCode() != 0) {
      // a frame that does not fit a PNG is refused by decode, but the scan itself was read
      assertRefused(file, decode);
      assertTrue(decode.stderr().contains("PNG"), decode.stderr());
    } else {
      assertTrue(Files.size(png) > 0, "the frame is written");
    }
  }

  private static void assertClean(Path file, Cli.Result r) {
    assertFalse(r.hung(), file + " hung for more than " + Cli.HANG_SECONDS + " s");
    String all = r.stdout() + r.stderr();
    assertFalse(all.contains("OutOfMemoryError"), file + ": out of memory\n" + all);
    assertFalse(all.contains("Exception") || all.contains("\tat "), file + ": stack trace or exception\n" + all);
  }

  private static void assertRefused(Path file, Cli.Result r) {
    assertEquals(2, r.exitCode(), file + ": exit status\n" + r.stderr());
    String[] lines = r.stderr().strip().split("\n");
    assertEquals(1, lines.length, "one line on stderr: " + r.stderr());
    assertTrue(lines[0].startsWith("error: " + file + ": "), lines[0]);
    assertTrue(lines[0].length() > ("error: " + file + ": ").length() + 5, "a reason: " + lines[0]);
  }
}
