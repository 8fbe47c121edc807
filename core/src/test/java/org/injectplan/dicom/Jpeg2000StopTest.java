package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;

/**
 * A JPEG 2000 decode that would loop stops, and leaves no thread running, on any Java version:
 * the fuzz finding that sent jai-imageio's decoder into its loop is refused before decoding, and
 * a decoder that keeps reading past its time limit is ended by its own stream. Run on Java 17
 * in every build, and on the JDK 25 by scripts/test.sh where it is installed (Java 20 and later
 * have no Thread.stop).
 */
class Jpeg2000StopTest {

  @Test
  void theFuzzFindingIsRefusedAndNoDecoderThreadIsLeft() throws Exception {
    Path finding = resource("/org/injectplan/scan/LoaderFuzzTestInputs/finding-jj2000-packet-header-loop.dcm");
    try (Scan scan = ScanLoader.open(finding)) {
      long start = System.nanoTime();
      BadScanException e = assertThrows(BadScanException.class, () -> scan.frame(0));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertTrue(e.reason().startsWith("frame 0 cannot be decoded: "), e.reason());
      assertTrue(ms < CodecFrames.JPEG_2000_BASE_LIMIT_MS + TimeLimitedDecode.STOP_GRACE_MS,
          "refused within the time limit, took " + ms + " ms");
    }
    assertFalse(decoderThreadAlive(), "a " + CodecFrames.JPEG_2000_THREAD + " thread is still running");
  }

  @Test
  void aDecoderThatReadsOnPastItsLimitEndsItsOwnThread() throws Exception {
    AtomicReference<Thread> worker = new AtomicReference<>();
    long start = System.nanoTime();
    IOException e = assertThrows(IOException.class, () -> TimeLimitedDecode.run("looping-decoder", new byte[64], 300,
        in -> {
          worker.set(Thread.currentThread());
          while (true) { // what a decoder stuck in a loop over its input does
            in.seek(0);
            in.read(new byte[16], 0, 16);
          }
        }));
    long ms = (System.nanoTime() - start) / 1_000_000;
    // ended by its own stream at the deadline, or stopped by the watchdog just after it
    assertTrue(e.getMessage().contains("time limit") || e.getMessage().contains("did not finish within"),
        e.getMessage());
    assertNotNull(worker.get());
    worker.get().join(TimeLimitedDecode.STOP_GRACE_MS);
    assertFalse(worker.get().isAlive(), "the looping decoder's thread has ended");
    assertTrue(ms < 300 + TimeLimitedDecode.STOP_GRACE_MS, "took " + ms + " ms");
  }

  @Test
  void aDecoderThatReadsPastTheEndForeverIsStopped() throws Exception {
    IOException e = assertThrows(IOException.class, () -> TimeLimitedDecode.run("past-end-decoder", new byte[8],
        60_000, in -> {
          while (true) {
            in.read(); // -1 forever, as jai-imageio's wrappers take it
          }
        }));
    assertTrue(e.getMessage().contains("past the end"), e.getMessage());
  }

  @Test
  void packetDataWithAMarkerOrPackedHeadersIsRefused() {
    // SOC (no SIZ: enough for the walk), SOT (Psot 18: SOT, SOD and 4 body bytes), SOD, body, EOC
    byte[] ok = {(byte) 0xFF, 0x4F, (byte) 0xFF, (byte) 0x90, 0, 10, 0, 0, 0, 0, 0, 18, 0, 1, (byte) 0xFF,
        (byte) 0x93, 0x12, (byte) 0xFF, 0x7F, 0x34, (byte) 0xFF, (byte) 0xD9};
    assertDoesNotThrow(ok);
    byte[] ffff = ok.clone();
    ffff[18] = (byte) 0xFF;
    IOException e = assertThrows(IOException.class, () -> Jpeg2000Packets.check(ffff));
    assertTrue(e.getMessage().contains("FFFF inside JPEG 2000 packet data"), e.getMessage());
    byte[] ppt = {(byte) 0xFF, 0x4F, (byte) 0xFF, (byte) 0x90, 0, 10, 0, 0, 0, 0, 0, 22, 0, 1, (byte) 0xFF, 0x61,
        0, 4, 0, 0, (byte) 0xFF, (byte) 0x93, 0x12, 0x34, (byte) 0xFF, (byte) 0xD9};
    e = assertThrows(IOException.class, () -> Jpeg2000Packets.check(ppt));
    assertTrue(e.getMessage().contains("PPM/PPT"), e.getMessage());
  }

  private static void assertDoesNotThrow(byte[] codestream) {
    try {
      Jpeg2000Packets.check(codestream);
    } catch (IOException e) {
      throw new AssertionError("a valid tile-part is refused: " + e.getMessage(), e);
    }
  }

  private static boolean decoderThreadAlive() throws InterruptedException {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals(CodecFrames.JPEG_2000_THREAD) && t.isAlive()) {
        t.join(TimeLimitedDecode.STOP_GRACE_MS);
        if (t.isAlive()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Jpeg2000StopTest.class.getResource(name).toURI());
  }
}
