package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged JPEG-LS is refused with a reason, never decoded by guesswork, never a hang or a huge
 * allocation. The codestreams are those of the fuzz seeds (dcmcjpls 3.6.7 of a 48 x 32 synthetic
 * cine, and of a 40 x 24 RGB image); that they decode as dcmdjpls does is shown by
 * {@code corpus.JpegLsTest}.
 */
class JpegLsDecoderTest {
  private static final int COLUMNS = 48;
  private static final int ROWS = 32;

  @Test
  void aCodestreamCutShortIsRefused() throws IOException {
    byte[] cs = codestream("synthetic-jpegls-3f.dcm");
    for (int cut : new int[] {cs.length - 2, cs.length / 2, 40, 3}) {
      IOException e = assertThrows(IOException.class, () -> decode(Arrays.copyOf(cs, cut)), "cut at " + cut);
      assertTrue(e.getMessage().contains("JPEG-LS"), e.getMessage());
    }
  }

  @Test
  void aForeignMarkerIsRefused() throws IOException {
    byte[] cs = codestream("synthetic-jpegls-3f.dcm");
    cs[3] = (byte) 0xC3; // SOF55 becomes a lossless-JPEG SOF3
    IOException e = assertThrows(IOException.class, () -> decode(cs));
    assertEquals("marker FFC3 does not belong in a JPEG-LS codestream", e.getMessage());
  }

  @Test
  void impossibleParametersAreRefused() throws IOException {
    byte[] sof = codestream("synthetic-jpegls-3f.dcm");
    sof[6] = 17; // precision
    assertEquals("JPEG-LS samples of 17 bits (2 to 16 are possible)",
        assertThrows(IOException.class, () -> decode(sof)).getMessage());
    byte[] near = codestream("synthetic-jpegls-3f.dcm");
    near[sos(near) + 7] = (byte) 200; // NEAR 200 for 8-bit samples
    assertTrue(assertThrows(IOException.class, () -> decode(near)).getMessage()
        .startsWith("impossible JPEG-LS parameters: NEAR must be in 0..127"));
    byte[] ilv = codestream("synthetic-jpegls-3f.dcm");
    ilv[sos(ilv) + 8] = 3;
    assertTrue(assertThrows(IOException.class, () -> decode(ilv)).getMessage().contains("interleave mode 3"));
    byte[] lse = codestream("synthetic-jpegls-lse-3f.dcm");
    int at = indexOf(lse, new byte[] {(byte) 0xFF, (byte) 0xF8}, 0);
    lse[at + 7] = 0x7F; // T1 far above T2 and MAXVAL
    assertTrue(assertThrows(IOException.class, () -> decode(lse)).getMessage()
        .startsWith("impossible JPEG-LS parameters: thresholds"));
  }

  @Test
  void dimensionsOtherThanTheHeadersAndHugeOnesAreRefusedBeforeAllocating() throws IOException {
    byte[] cs = codestream("synthetic-jpegls-3f.dcm");
    cs[7] = (byte) 0xFF; // rows
    cs[8] = (byte) 0xFF;
    assertTrue(assertThrows(IOException.class, () -> decode(cs)).getMessage()
        .startsWith("the compressed frame is 48 x 65535, the header says 48 x 32"));
    byte[] huge = codestream("synthetic-jpegls-3f.dcm");
    for (int i = 7; i <= 10; i++) {
      huge[i] = (byte) 0xFF;
    }
    IOException e = assertThrows(IOException.class, () -> JpegLsDecoder.decode(huge, 65535, 65535, 1));
    assertTrue(e.getMessage().contains("more than a quarter of the heap"), e.getMessage());
  }

  @Test
  void damagedScanDataEndsInAnImageOrARefusalNeverAHang() throws IOException {
    Random random = new Random(14);
    for (String seed : new String[] {"synthetic-jpegls-3f.dcm", "synthetic-jpegls-near-3f.dcm",
        "synthetic-jpegls-rgb-sample-1f.dcm", "synthetic-jpegls-rgb-line-1f.dcm"}) {
      byte[] good = codestream(seed);
      int columns = good[10] & 0xFF | (good[9] & 0xFF) << 8;
      int rows = good[8] & 0xFF | (good[7] & 0xFF) << 8;
      int components = good[11];
      int data = sos(good) + 2 + ((good[sos(good) + 2] & 0xFF) << 8 | good[sos(good) + 3] & 0xFF);
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        for (int round = 0; round < 300; round++) {
          byte[] bad = good.clone();
          for (int k = 0; k < 1 + random.nextInt(8); k++) {
            bad[data + random.nextInt(bad.length - data - 2)] = (byte) random.nextInt(256);
          }
          try {
            JpegLsDecoder.decode(bad, columns, rows, components);
          } catch (IOException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
          }
        }
      }, seed);
    }
  }

  private static JpegLsDecoder.Image decode(byte[] cs) throws IOException {
    return JpegLsDecoder.decode(cs, COLUMNS, ROWS, 1);
  }

  /** The first frame's codestream in a fuzz seed: from its SOI (FFD8 FFF7) to its EOI. */
  static byte[] codestream(String seed) throws IOException {
    byte[] file;
    try (InputStream in = JpegLsDecoderTest.class.getResourceAsStream(
        "/org/injectplan/scan/LoaderFuzzTestInputs/" + seed)) {
      file = in.readAllBytes();
    }
    int start = indexOf(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xF7}, 0);
    int end = indexOf(file, new byte[] {(byte) 0xFF, (byte) 0xD9}, start) + 2;
    return Arrays.copyOfRange(file, start, end);
  }

  private static int sos(byte[] cs) {
    return indexOf(cs, new byte[] {(byte) 0xFF, (byte) 0xDA}, 0);
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    for (int i = from; i + what.length <= b.length; i++) {
      if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
