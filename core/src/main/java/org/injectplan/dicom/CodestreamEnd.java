package org.injectplan.dicom;

/**
 * Whether a compressed frame holds its whole codestream, up to its end marker, by walking the
 * codestream's own structure rather than looking at its last bytes: encoders pad fragments
 * after the end marker (the fo-dicom XA cine has 0 to 7 bytes of left-over data after its
 * FFD9), and the bytes of a marker segment may themselves look like an end marker.
 *
 * <ul>
 *   <li>JPEG and JPEG-LS: marker segments are skipped by their lengths; after a start of scan,
 *       the entropy-coded data runs to the next marker (FF followed by a byte that is not a
 *       stuffed 00 or a restart marker in JPEG, FF followed by a byte of 0x80 or more in
 *       JPEG-LS); the walk ends at the end-of-image marker FFD9.</li>
 *   <li>JPEG 2000: main-header marker segments are skipped by their lengths, tile-parts by
 *       their Psot length, and FFD9 must follow the last one.</li>
 * </ul>
 */
final class CodestreamEnd {
  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int J2K_SOC = 0x4F;
  private static final int J2K_SOT = 0x90;

  private CodestreamEnd() {
  }

  /** Whether the frame's codestream reaches its end marker; bytes after the marker are ignored. */
  static boolean isComplete(byte[] data, TransferSyntaxes.Codec codec) {
    if (data.length < 4 || (data[0] & 0xFF) != 0xFF) {
      return false;
    }
    int first = data[1] & 0xFF;
    if (codec == TransferSyntaxes.Codec.JPEG_2000) {
      return first == J2K_SOC && jpeg2000Complete(data);
    }
    return first == SOI && jpegComplete(data, codec == TransferSyntaxes.Codec.JPEG_LS);
  }

  private static boolean jpegComplete(byte[] b, boolean ls) {
    int i = 2;
    while (i + 1 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return false; // a marker was expected here
      }
      int m = b[i + 1] & 0xFF;
      if (m == 0xFF) {
        i++; // fill byte before a marker
        continue;
      }
      if (m == EOI) {
        return true;
      }
      if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {
        i += 2; // markers without a length
        continue;
      }
      if (i + 3 >= b.length) {
        return false;
      }
      int len = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
      if (len < 2) {
        return false;
      }
      i += 2 + len;
      if (m == SOS) {
        i = nextMarker(b, i, ls);
      }
    }
    return false;
  }

  /** The index of the first marker at or after {@code i} in entropy-coded data, or the length. */
  private static int nextMarker(byte[] b, int i, boolean ls) {
    for (; i + 1 < b.length; i++) {
      if ((b[i] & 0xFF) != 0xFF) {
        continue;
      }
      int next = b[i + 1] & 0xFF;
      boolean restart = next >= 0xD0 && next <= 0xD7; // the scan goes on after it
      boolean marker = ls ? next >= 0x80 : next != 0x00;
      if (marker && !restart) {
        return i;
      }
    }
    return b.length;
  }

  private static boolean jpeg2000Complete(byte[] b) {
    int i = 2;
    while (i + 1 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return false;
      }
      int m = b[i + 1] & 0xFF;
      if (m == EOI) {
        return true;
      }
      if (i + 3 >= b.length) {
        return false;
      }
      int len = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
      if (m == J2K_SOT) {
        if (i + 10 > b.length) {
          return false;
        }
        long psot = (b[i + 6] & 0xFFL) << 24 | (b[i + 7] & 0xFF) << 16 | (b[i + 8] & 0xFF) << 8 | (b[i + 9] & 0xFF);
        if (psot == 0) {
          return lastTilePartEnds(b, i);
        }
        if (psot < 12 || i + psot > b.length) {
          return false;
        }
        i += (int) psot;
      } else {
        if (len < 2) {
          return false;
        }
        i += 2 + len;
      }
    }
    return false;
  }

  /** A last tile-part of unstated length (Psot 0) runs to the end marker: look for it near the end. */
  private static boolean lastTilePartEnds(byte[] b, int from) {
    for (int i = b.length - 2; i >= Math.max(from, b.length - 16); i--) {
      if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == EOI) {
        return true;
      }
    }
    return false;
  }
}
