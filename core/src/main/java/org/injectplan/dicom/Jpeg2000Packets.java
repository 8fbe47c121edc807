package org.injectplan.dicom;

import java.io.IOException;

/**
 * Checks a JPEG 2000 codestream's packet data before jai-imageio's decoder sees it, for the
 * damage that sends that decoder (JJ2000) into a loop no stream can end: its packet-header bit
 * reader, on two 0xFF bytes in a row, keeps returning 1 bits without reading (found by
 * fuzzing), and on packed headers (PPM, PPT) that run out it reads the end as bits of ones.
 * In a valid codestream (ITU-T T.800 B.10.1, C.3), a 0xFF in packet data is followed by a byte
 * below 0x90 (bit stuffing), or starts an SOP (FF91) or EPH (FF92) marker; so a tile-part body
 * holding FF and then 0x90 or more is refused, and so are packed packet headers.
 */
final class Jpeg2000Packets {
  private static final int SOT = 0x90;
  private static final int SOP = 0x91;
  private static final int EPH = 0x92;
  private static final int SOD = 0x93;
  private static final int EOC = 0xD9;
  private static final int PPM = 0x60;
  private static final int PPT = 0x61;

  private Jpeg2000Packets() {
  }

  static void check(byte[] b) throws IOException {
    int i = 2; // after SOC
    while (i + 3 < b.length) {
      int m = marker(b, i);
      if (m == EOC) {
        return;
      }
      if (m == PPM || m == PPT) {
        throw new IOException("JPEG 2000 packed packet headers (PPM/PPT) are not supported");
      }
      if (m == SOT) {
        i = tilePart(b, i);
      } else {
        i += 2 + u16(b, i + 2);
      }
    }
    // the end marker itself is checked by CodestreamEnd
  }

  /** Checks one tile-part starting at {@code sot}; the offset after it. */
  private static int tilePart(byte[] b, int sot) throws IOException {
    if (sot + 12 > b.length) {
      throw new IOException("a JPEG 2000 tile-part header is cut short");
    }
    long psot = (b[sot + 6] & 0xFFL) << 24 | (b[sot + 7] & 0xFF) << 16 | (b[sot + 8] & 0xFF) << 8 | (b[sot + 9] & 0xFF);
    int end = psot == 0 ? lastEnd(b) : (int) Math.min(b.length, sot + psot);
    int i = sot + 12;
    while (i + 1 < end) {
      int m = marker(b, i);
      if (m == SOD) {
        body(b, i + 2, end);
        return end;
      }
      if (m == PPT || m == PPM) {
        throw new IOException("JPEG 2000 packed packet headers (PPM/PPT) are not supported");
      }
      if (i + 3 >= end) {
        break;
      }
      i += 2 + u16(b, i + 2);
    }
    throw new IOException("a JPEG 2000 tile-part has no start-of-data marker");
  }

  private static void body(byte[] b, int from, int end) throws IOException {
    for (int i = from; i + 1 < end; i++) {
      if ((b[i] & 0xFF) == 0xFF) {
        int next = b[i + 1] & 0xFF;
        if (next >= 0x90 && next != SOP && next != EPH) {
          throw new IOException(String.format("marker FF%02X inside JPEG 2000 packet data at byte %d: the codestream"
              + " is damaged", next, i));
        }
      }
    }
  }

  /** Where a last tile-part of unstated length ends: at the end marker, padding after it aside. */
  private static int lastEnd(byte[] b) {
    for (int i = b.length - 2; i >= Math.max(0, b.length - 16); i--) {
      if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == EOC) {
        return i;
      }
    }
    return b.length;
  }

  private static int marker(byte[] b, int i) throws IOException {
    if ((b[i] & 0xFF) != 0xFF) {
      throw new IOException("a JPEG 2000 marker was expected at byte " + i);
    }
    return b[i + 1] & 0xFF;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
  }
}
