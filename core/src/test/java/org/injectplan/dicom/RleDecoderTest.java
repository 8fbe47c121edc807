package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RLE against a naive encoder written here from PS3.5 Annex G. */
class RleDecoderTest {

  private static PixelFormat format(int rows, int cols, int samples, int bits) {
    return new PixelFormat(rows, cols, 1, samples, bits, bits, bits - 1, false,
        samples == 3 ? "RGB" : "MONOCHROME2", 0);
  }

  @Test
  void refusesAFrameWithoutHeader() {
    assertThrows(IllegalArgumentException.class, () -> RleDecoder.decode(new byte[10], format(2, 2, 1, 8)));
  }

  @Test
  void refusesTheWrongNumberOfSegments() {
    byte[] frame = encode(new byte[][] {new byte[4], new byte[4]});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RleDecoder.decode(frame, format(2, 2, 1, 8)));
    assertTrue(e.getMessage().contains("2 segments, 1 expected"), e.getMessage());
  }

  @Test
  void refusesASegmentThatRunsShort() {
    byte[] frame = encode(new byte[][] {new byte[3]});
    assertThrows(IllegalArgumentException.class, () -> RleDecoder.decode(frame, format(2, 2, 1, 8)));
  }

  @Test
  void decodesSixteenBitsMostSignificantSegmentFirst() {
    Random rnd = new Random(7);
    int n = 50 * 40;
    byte[] msb = new byte[n];
    byte[] lsb = new byte[n];
    for (int i = 0; i < n; i++) {
      int v = i % 97 < 30 ? 512 : rnd.nextInt(4096);
      msb[i] = (byte) (v >> 8);
      lsb[i] = (byte) v;
    }
    byte[] out = RleDecoder.decode(encode(new byte[][] {msb, lsb}), format(40, 50, 1, 16));
    byte[] expected = new byte[2 * n];
    for (int i = 0; i < n; i++) {
      expected[2 * i] = lsb[i];
      expected[2 * i + 1] = msb[i];
    }
    assertArrayEquals(expected, out);
  }

  @Test
  void decodesColourPlanesIntoInterleavedPixels() {
    Random rnd = new Random(11);
    int n = 33 * 17;
    byte[][] planes = new byte[3][n];
    for (byte[] p : planes) {
      for (int i = 0; i < n; i++) {
        p[i] = (byte) (i % 50 < 20 ? 9 : rnd.nextInt(256));
      }
    }
    byte[] out = RleDecoder.decode(encode(planes), format(17, 33, 3, 8));
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 3; c++) {
        assertTrue(out[3 * i + c] == planes[c][i], "pixel " + i + " sample " + c);
      }
    }
  }

  /** Naive PackBits: runs of 3+ equal bytes replicated, everything else literal. */
  static byte[] encode(byte[][] segments) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int[] offsets = new int[segments.length];
    for (int s = 0; s < segments.length; s++) {
      offsets[s] = 64 + body.size();
      byte[] d = segments[s];
      int i = 0;
      while (i < d.length) {
        int run = 1;
        while (i + run < d.length && d[i + run] == d[i] && run < 128) {
          run++;
        }
        if (run >= 3) {
          body.write(1 - run);
          body.write(d[i]);
          i += run;
        } else {
          int start = i;
          int len = 0;
          while (i < d.length && len < 128 && !(i + 2 < d.length && d[i] == d[i + 1] && d[i] == d[i + 2])) {
            i++;
            len++;
          }
          body.write(len - 1);
          body.write(d, start, len);
        }
      }
      if (body.size() % 2 == 1) {
        body.write(0x80); // no-op byte pads the segment to even length
      }
    }
    byte[] header = new byte[64];
    put(header, 0, segments.length);
    for (int s = 0; s < segments.length; s++) {
      put(header, 4 + 4 * s, offsets[s]);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(header);
    all.writeBytes(body.toByteArray());
    return all.toByteArray();
  }

  private static void put(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >> (8 * i));
    }
  }
}
