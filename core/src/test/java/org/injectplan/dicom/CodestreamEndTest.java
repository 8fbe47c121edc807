package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.injectplan.dicom.TransferSyntaxes.Codec;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-of-image check walks the codestream: padding of any value after the end marker is
 * accepted (the fo-dicom XA cine leaves up to 7 bytes of old data there), a frame cut short is
 * refused, and FFD9 bytes inside a marker segment are not taken for the end.
 */
class CodestreamEndTest {
  @TempDir
  Path tmp;

  @Test
  void aFrameCutShortIsRefusedNamingTheFrame() throws Exception {
    byte[] whole = jpeg(32, 24, 1);
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);
    Path file = tmp.resolve("cut.dcm");
    Files.write(file, cine(List.of(whole, even(cut), whole)));
    try (Scan scan = ScanLoader.open(file)) {
      scan.frame(0);
      scan.frame(2);
      BadScanException e = assertThrows(BadScanException.class, () -> scan.frame(1));
      assertEquals("frame 1 cannot be decoded: the compressed frame has no end-of-image marker: it is cut short",
          e.reason());
    }
  }

  @Test
  void paddingOfAnyValueAfterTheEndMarkerIsAccepted() throws Exception {
    byte[] whole = jpeg(32, 24, 2);
    byte[] zeros = Arrays.copyOf(whole, whole.length + 8);
    byte[] fill = Arrays.copyOf(whole, whole.length + 6);
    Arrays.fill(fill, whole.length, fill.length, (byte) 0xFF);
    byte[] leftOver = Arrays.copyOf(whole, whole.length + 8);
    byte[] old = {0x00, 0x00, 0x00, 0x14, 0x51, 0x45, 0x14, 0x00}; // as in the XA cine's frame 21
    System.arraycopy(old, 0, leftOver, whole.length, old.length);
    Path file = tmp.resolve("padded.dcm");
    Files.write(file, cine(List.of(zeros, fill, leftOver)));
    try (Scan scan = ScanLoader.open(file)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(32, scan.frame(i).getWidth(), "frame " + i);
      }
    }
  }

  @Test
  void anEndMarkerInsideAMarkerSegmentIsNotTheEnd() throws IOException {
    byte[] whole = jpeg(16, 16, 3);
    // SOI, a comment holding FF D9, then the rest of the stream without its own end marker
    byte[] comment = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x06, (byte) 0xFF, (byte) 0xD9, (byte) 0xFF, (byte) 0xD9};
    byte[] cut = Arrays.copyOf(whole, whole.length - 2);
    byte[] b = new byte[cut.length + comment.length];
    System.arraycopy(cut, 0, b, 0, 2);
    System.arraycopy(comment, 0, b, 2, comment.length);
    System.arraycopy(cut, 2, b, 2 + comment.length, cut.length - 2);
    assertFalse(CodestreamEnd.isComplete(b, Codec.JPEG_DCT));
    assertTrue(CodestreamEnd.isComplete(whole, Codec.JPEG_DCT));
  }

  @Test
  void jpegLsScansEndAtTheFirstMarkerByte() {
    // SOI, SOF55 (11 bytes), SOS (8 bytes), data with FF 7F (a stuffed bit, not a marker), EOI
    byte[] ls = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xF7, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0,
        (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0, 0, 0x12, (byte) 0xFF, 0x7F, 0x34, (byte) 0xFF, (byte) 0xD9};
    assertTrue(CodestreamEnd.isComplete(ls, Codec.JPEG_LS));
    assertFalse(CodestreamEnd.isComplete(Arrays.copyOf(ls, ls.length - 2), Codec.JPEG_LS));
  }

  private static byte[] even(byte[] b) {
    return b.length % 2 == 0 ? b : Arrays.copyOf(b, b.length + 1);
  }

  /** A baseline JPEG of seeded noise. */
  static byte[] jpeg(int w, int h, long seed) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Random r = new Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, r.nextInt(256));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, "jpeg", out));
    return out.toByteArray();
  }

  /** An 8-bit JPEG baseline cine, one fragment a frame, with an empty offset table. */
  private static byte[] cine(List<byte[]> frames) {
    DicomBytes d = new DicomBytes().preamble().meta("1.2.840.10008.1.2.4.50").image(24, 32, frames.size());
    d.header(0x7FE0, 0x0010, "OB", 0xFFFFFFFFL).item(0);
    for (byte[] f : frames) {
      byte[] v = even(f);
      d.item(v.length).raw(v);
    }
    return d.sequenceDelimiter().bytes();
  }
}
