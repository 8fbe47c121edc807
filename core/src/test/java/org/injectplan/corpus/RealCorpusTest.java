package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.PixelFormat;
import org.injectplan.dicom.TransferSyntaxes;
import org.injectplan.dicom.TransferSyntaxes.Codec;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code shared/dicom/real}: it loads with the manifest's rows, columns, frames and
 * photometric interpretation, or is refused as an unsupported transfer syntax; every frame
 * decodes, and equals an independent decoder's (dcmtk: every frame, all converted in one call;
 * pydicom: the first, a middle and the last): exactly for lossless syntaxes, within 1 per sample
 * for JPEG baseline.
 */
class RealCorpusTest {

  /**
   * JPEG 2000 files, which dcmtk 3.6.7 cannot decode, are compared with the same NEMA WG04 image
   * stored losslessly and decoded by dcmtk.
   */
  private static final Map<String, String> SIBLING = Map.of(
      "US1_J2KR.dcm", "US1_RLE.dcm",
      "US1_J2KI.dcm", "US1_RLE.dcm",
      "XA1_J2KR.dcm", "XA1_UNC.dcm");
  /** Segmented palettes, which dcmtk 3.6.7 refuses: compared with pydicom. */
  private static final Set<String> PYDICOM = Set.of("gdcm-US-ALOKA-16.dcm", "gdcm-US-ALOKA-16_big.dcm");
  /** Lossy JPEG 2000 against the lossless original: peak signal-to-noise ratio at least this. */
  private static final double J2K_LOSSY_MIN_PSNR_DB = 30.0;

  @TestFactory
  Stream<DynamicTest> eachRealFile() throws Exception {
    Map<String, Corpus.Entry> manifest = Corpus.manifest();
    return Corpus.files("real").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> check(f, manifest.get("real/" + f.getFileName()))));
  }

  private void check(Path file, Corpus.Entry entry) throws Exception {
    assertNotNull(entry, file + " is not in MANIFEST.tsv");
    Codec codec = TransferSyntaxes.find(entry.transferSyntax()).map(TransferSyntaxes.Syntax::codec)
        .orElse(Codec.UNSUPPORTED);
    if (codec == Codec.UNSUPPORTED) {
      BadScanException e = assertThrows(BadScanException.class, () -> ScanLoader.open(file));
      assertTrue(e.reason().startsWith("unsupported transfer syntax " + entry.transferSyntax() + " ("),
          e.reason());
      assertEquals(file, e.file());
      return;
    }
    try (Scan scan = ScanLoader.open(file)) {
      assertEquals(entry.rows(), scan.rows(), "rows");
      assertEquals(entry.columns(), scan.columns(), "columns");
      assertEquals(entry.frames(), scan.frameCount(), "frames");
      assertEquals(entry.photometric(), scan.format().photometric(), "photometric");
      for (int frame = 0; frame < scan.frameCount(); frame++) {
        ImageProcessor ours = scan.frame(frame); // every frame decodes
        if (comparedFrame(file, frame, scan.frameCount())) {
          compare(file, scan, ours, frame, codec);
        }
      }
    }
  }

  /**
   * dcmtk converts all the frames of a file in one call, so every frame is compared with it; the
   * pydicom oracle runs once a frame, so only the first, a middle and the last are.
   */
  private static boolean comparedFrame(Path file, int frame, int frames) {
    return !PYDICOM.contains(file.getFileName().toString()) || frame == 0 || frame == frames / 2
        || frame == frames - 1;
  }

  private void compare(Path file, Scan scan, ImageProcessor ours, int frame, Codec codec) throws Exception {
    PixelFormat f = scan.format();
    String name = file.getFileName().toString();
    Path reference = SIBLING.containsKey(name) ? file.resolveSibling(SIBLING.get(name)) : file;
    Codec refCodec = reference.equals(file) ? codec : codecOf(reference);
    boolean lossy = codec == Codec.JPEG_DCT || name.equals("US1_J2KI.dcm");
    if (f.isColour()) {
      assertTrue(ours instanceof ColorProcessor, "colour frames decode to RGB");
      int[] expected = PYDICOM.contains(name) ? Oracles.pydicomPaletteRgb(file, frame)
          : Oracles.dcmtkRgb(reference, frame, refCodec == Codec.JPEG_LS);
      int[] actual = (int[]) ours.getPixels();
      assertSame(name, frame, expected, actual, true, lossy);
    } else {
      int[] expected = Oracles.dcmtkStored(reference, frame, f.pixels(), f.bitsAllocated(), f.bitsStored(),
          f.highBit(), tool(refCodec));
      int[] actual = new int[f.pixels()];
      for (int i = 0; i < actual.length; i++) {
        actual[i] = ours.get(i);
      }
      assertSame(name, frame, expected, actual, false, lossy);
    }
  }

  private static void assertSame(String name, int frame, int[] expected, int[] actual, boolean rgb, boolean lossy) {
    assertEquals(expected.length, actual.length, "pixel count");
    int channels = rgb ? 3 : 1;
    long sumError = 0;
    double sumSquares = 0;
    int maxError = 0;
    int worst = -1;
    for (int i = 0; i < expected.length; i++) {
      for (int c = 0; c < channels; c++) {
        int shift = rgb ? 16 - 8 * c : 0;
        int e = rgb ? (expected[i] >> shift) & 0xFF : expected[i];
        int a = rgb ? (actual[i] >> shift) & 0xFF : actual[i];
        int d = Math.abs(e - a);
        sumError += d;
        sumSquares += (double) d * d;
        if (d > maxError) {
          maxError = d;
          worst = i;
        }
      }
    }
    int n = expected.length * channels;
    double mean = (double) sumError / n;
    double psnr = 10 * Math.log10(255.0 * 255.0 / Math.max(sumSquares / n, 1e-12));
    String where = String.format("%s frame %d: max error %d (pixel %d), mean %.4f, PSNR %.1f dB", name,
        frame, maxError, worst, mean, psnr);
    if (name.equals("US1_J2KI.dcm")) {
      assertTrue(psnr >= J2K_LOSSY_MIN_PSNR_DB, where);
    } else if (lossy) {
      assertTrue(maxError <= 1, where);
    } else if (maxError != 0) {
      fail(where);
    }
  }

  private static Codec codecOf(Path file) throws Exception {
    try (Scan s = ScanLoader.open(file)) {
      return TransferSyntaxes.find(s.transferSyntaxUid()).orElseThrow().codec();
    }
  }

  private static String tool(Codec codec) {
    return switch (codec) {
      case JPEG_DCT, JPEG_LOSSLESS -> "dcmdjpeg";
      case RLE -> "dcmdrle";
      case JPEG_LS -> "dcmdjpls";
      default -> "dcmconv";
    };
  }
}
