package org.injectplan.dicom;

import java.io.IOException;

/**
 * Reads the entropy-coded bits of a JPEG-LS scan (ITU-T T.87 A.1): most significant bit first,
 * and after a 0xFF byte only the 7 low bits of the next byte count (its top bit is a stuffed 0).
 * A 0xFF followed by a byte of 0x80 or more is a marker: the scan data ends there. Asking for
 * bits beyond that end is an error (the scan was cut short), never a loop over made-up zeros.
 */
final class JpegLsBits {
  private final byte[] data;
  private int position;
  private final int end;
  /** Bits not yet consumed, right-aligned in {@link #cache}; {@link #fake} of them lie past the end. */
  private long cache;
  private int count;
  private int fake;
  private boolean afterFf;

  /** Reads from {@code start} to the first marker (or {@code end}). */
  JpegLsBits(byte[] data, int start, int end) {
    this.data = data;
    this.position = start;
    this.end = end;
  }

  private void fill() {
    while (count <= 56) {
      if (position >= end || (afterFf && (data[position] & 0xFF) >= 0x80)) {
        cache <<= 8; // past the scan data: zeros that must not be used
        count += 8;
        fake += 8;
        continue;
      }
      int b = data[position++] & 0xFF;
      if (afterFf) {
        cache = cache << 7 | b;
        count += 7;
      } else {
        cache = cache << 8 | b;
        count += 8;
      }
      afterFf = b == 0xFF;
    }
  }

  private void require(int n) throws IOException {
    if (count < n) {
      fill();
    }
    if (n > count - fake) {
      throw new IOException("the JPEG-LS scan data ends before the image does");
    }
  }

  int readBit() throws IOException {
    require(1);
    count--;
    return (int) (cache >>> count) & 1;
  }

  /** {@code n} bits (0..31) as an unsigned value. */
  int readBits(int n) throws IOException {
    if (n == 0) {
      return 0;
    }
    require(n);
    count -= n;
    return (int) (cache >>> count) & ((1 << n) - 1);
  }

  /**
   * The number of 0 bits before the next 1 bit, which is consumed; more than {@code max} zeros
   * is an error (no valid code is that long).
   */
  int readUnary(int max) throws IOException {
    int zeros = 0;
    while (true) {
      if (count - fake <= 0) {
        require(1);
      }
      int valid = count - fake;
      long window = cache << (64 - count); // left-align the unconsumed bits
      int lead = Long.numberOfLeadingZeros(window);
      if (lead < valid) {
        zeros += lead;
        count -= lead + 1;
        if (zeros > max) {
          throw new IOException("a JPEG-LS code is longer than its limit: the scan data is damaged");
        }
        return zeros;
      }
      zeros += valid;
      count -= valid;
      if (zeros > max) {
        throw new IOException("a JPEG-LS code is longer than its limit: the scan data is damaged");
      }
    }
  }

  /** The offset of the first byte after the bits read so far, rounded up to a whole byte. */
  int endOfData() {
    return position;
  }
}
