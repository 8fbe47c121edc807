package org.injectplan.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.injectplan.bench.SyntheticCine;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.ByteSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanLoaderTest {
  @TempDir
  Path tmp;

  @Test
  void refusesAMissingFileAndAFolder() {
    Path missing = tmp.resolve("nope.dcm");
    BadScanException e = assertThrows(BadScanException.class, () -> ScanLoader.open(missing));
    assertEquals("no such file", e.reason());
    assertEquals(missing + ": no such file", e.getMessage());
    assertThrows(BadScanException.class, () -> ScanLoader.open(tmp));
  }

  @Test
  void refusesAFileThatIsNotDicom() throws IOException {
    Path text = Files.writeString(tmp.resolve("notes.dcm"), "this is not a DICOM file at all, just text");
    BadScanException e = assertThrows(BadScanException.class, () -> ScanLoader.open(text));
    assertTrue(e.reason().contains("not a data element"), e.reason());
  }

  /** Counts the bytes read through it. */
  private static final class Counting implements ByteSource {
    final ByteSource inner;
    final AtomicLong bytes = new AtomicLong();

    Counting(ByteSource inner) {
      this.inner = inner;
    }

    @Override
    public long size() {
      return inner.size();
    }

    @Override
    public void read(long position, byte[] dst, int offset, int len) throws IOException {
      bytes.addAndGet(len);
      inner.read(position, dst, offset, len);
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  @Test
  void openingALongCineDecodesNothing() throws Exception {
    Path cine = tmp.resolve("cine.dcm");
    SyntheticCine.write(new SyntheticCine.Spec(1000, 64, 48, SyntheticCine.Storage.JPEG_BASELINE, 3), cine);
    Counting source = new Counting(ByteSource.of(cine));
    try (Scan scan = ScanLoader.open(cine, source)) {
      long afterOpen = source.bytes.get();
      assertEquals(1000, scan.frameCount());
      assertTrue(afterOpen < Files.size(cine) / 20,
          "open read " + afterOpen + " of " + Files.size(cine) + " bytes: it must not read the frames");
      scan.frame(999);
      long oneFrame = source.bytes.get() - afterOpen;
      assertTrue(oneFrame < Files.size(cine) / 500, "one frame read " + oneFrame + " bytes");
    }
  }

  @Test
  void framesDecodeTheSameInAnyOrderAndFromSeveralThreads() throws Exception {
    Path cine = tmp.resolve("cine.dcm");
    SyntheticCine.write(new SyntheticCine.Spec(12, 80, 60, SyntheticCine.Storage.JPEG_BASELINE, 5), cine);
    try (Scan scan = ScanLoader.open(cine)) {
      byte[][] sequential = new byte[12][];
      for (int i = 11; i >= 0; i--) {
        sequential[i] = (byte[]) scan.frame(i).getPixels();
      }
      byte[][] parallel = new byte[12][];
      java.util.stream.IntStream.range(0, 12).parallel().forEach(i -> {
        try {
          parallel[i] = (byte[]) scan.frame(i).getPixels();
        } catch (BadScanException e) {
          throw new IllegalStateException(e);
        }
      });
      for (int i = 0; i < 12; i++) {
        assertArrayEquals(sequential[i], parallel[i], "frame " + i);
      }
    }
  }

  @Test
  void jpegFramesDecodeCloseToWhatWasEncoded() throws Exception {
    SyntheticCine.Spec spec = new SyntheticCine.Spec(3, 64, 48, SyntheticCine.Storage.JPEG_BASELINE, 9);
    Path jpeg = tmp.resolve("jpeg.dcm");
    Path raw = tmp.resolve("raw.dcm");
    SyntheticCine.write(spec, jpeg);
    SyntheticCine.write(new SyntheticCine.Spec(3, 64, 48, SyntheticCine.Storage.NATIVE, 9), raw);
    try (Scan a = ScanLoader.open(jpeg); Scan b = ScanLoader.open(raw)) {
      byte[] pa = (byte[]) a.frame(2).getPixels();
      byte[] pb = (byte[]) b.frame(2).getPixels();
      double sum = 0;
      for (int i = 0; i < pa.length; i++) {
        sum += Math.abs((pa[i] & 0xFF) - (pb[i] & 0xFF));
      }
      assertTrue(sum / pa.length < 8, "mean absolute JPEG error " + sum / pa.length);
    }
  }
}
