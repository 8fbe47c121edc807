package org.injectplan.dicom;

/**
 * RLE Lossless (PS3.5 Annex G): a 64-byte header of up to 15 segment offsets, each segment a
 * PackBits stream of one byte plane. Decodes one frame into native little-endian,
 * colour-by-pixel bytes, so that the native decoder does the rest.
 */
public final class RleDecoder {

  private RleDecoder() {
  }

  /**
   * @throws IllegalArgumentException for a header or segment that does not fit the frame
   */
  public static byte[] decode(byte[] frame, PixelFormat f) {
    if (frame.length < 64) {
      throw new IllegalArgumentException("RLE frame of " + frame.length + " bytes has no header");
    }
    int bytesPerSample = f.bitsAllocated() / 8;
    if (bytesPerSample < 1) {
      throw new IllegalArgumentException("RLE with " + f.bitsAllocated() + " bits allocated is not supported");
    }
    int expected = f.samplesPerPixel() * bytesPerSample;
    int segments = readInt(frame, 0);
    if (segments != expected) {
      throw new IllegalArgumentException("RLE frame has " + segments + " segments, " + expected + " expected");
    }
    int pixels = f.pixels();
    byte[] out = new byte[pixels * expected];
    for (int s = 0; s < segments; s++) {
      int start = readInt(frame, 4 + 4 * s);
      int end = s + 1 < segments ? readInt(frame, 8 + 4 * s) : frame.length;
      if (start < 64 || start > frame.length || end < start || end > frame.length) {
        throw new IllegalArgumentException("RLE segment " + (s + 1) + " lies outside the frame");
      }
      int sample = s / bytesPerSample;
      // Segments hold the most significant byte first; native little endian wants it last.
      int byteInSample = bytesPerSample - 1 - s % bytesPerSample;
      unpackBits(frame, start, end, out, sample * bytesPerSample + byteInSample, expected, pixels);
    }
    return out;
  }

  private static void unpackBits(byte[] in, int pos, int end, byte[] out, int first, int stride, int count) {
    int o = first;
    int written = 0;
    while (pos < end && written < count) {
      int n = in[pos++];
      if (n >= 0) {
        int run = Math.min(n + 1, Math.min(end - pos, count - written));
        for (int k = 0; k < run; k++, o += stride) {
          out[o] = in[pos + k];
        }
        pos += n + 1;
        written += run;
      } else if (n != -128) {
        if (pos >= end) {
          break;
        }
        byte v = in[pos++];
        int run = Math.min(1 - n, count - written);
        for (int k = 0; k < run; k++, o += stride) {
          out[o] = v;
        }
        written += run;
      }
    }
    if (written < count) {
      throw new IllegalArgumentException("RLE segment holds " + written + " of " + count + " samples");
    }
  }

  private static int readInt(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
  }
}
