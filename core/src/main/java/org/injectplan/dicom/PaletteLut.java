package org.injectplan.dicom;

import java.util.Arrays;

/**
 * The red, green and blue Palette Color Lookup Tables of a PALETTE COLOR image, expanded to one
 * 8-bit value per channel and index. Normal tables (0028,1201-1203) and segmented ones
 * (0028,1221-1223, PS3.3 C.7.9.2: discrete, linear and indirect segments) are both accepted.
 * A stored index below the first mapped value takes the first entry, above the last one the
 * last entry (PS3.3 C.7.6.3.1.5).
 */
public final class PaletteLut {
  private final int firstMapped;
  private final byte[] red;
  private final byte[] green;
  private final byte[] blue;

  private PaletteLut(int firstMapped, byte[] red, byte[] green, byte[] blue) {
    this.firstMapped = firstMapped;
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  /** The descriptor of one channel: entry count (0 means 65536), first mapped value, bits per entry. */
  public record Descriptor(int entries, int firstMapped, int bits) {
    public Descriptor {
      if (entries <= 0 || entries > 65536) {
        throw new IllegalArgumentException("palette entry count must be in 1..65536: " + entries);
      }
      if (bits != 8 && bits != 16) {
        throw new IllegalArgumentException("palette entries must be 8 or 16 bits: " + bits);
      }
    }

    /** From the three descriptor values as stored (an entry count of 0 means 65536). */
    public static Descriptor of(int storedEntries, int firstMapped, int bits) {
      return new Descriptor(storedEntries == 0 ? 65536 : storedEntries, firstMapped, bits);
    }
  }

  /**
   * Builds the table from each channel's descriptor and its 16-bit words: the table data itself,
   * or, when {@code segmented}, the segment list to expand.
   */
  public static PaletteLut of(Descriptor[] descriptors, short[][] words, boolean segmented) {
    if (descriptors.length != 3 || words.length != 3) {
      throw new IllegalArgumentException("a palette needs three channels");
    }
    byte[][] channels = new byte[3][];
    for (int c = 0; c < 3; c++) {
      Descriptor d = descriptors[c];
      int[] values = segmented ? expandSegments(words[c], d.entries()) : unpack(words[c], d);
      channels[c] = toEightBits(values, d.bits());
    }
    if (descriptors[0].firstMapped() != descriptors[1].firstMapped()
        || descriptors[0].firstMapped() != descriptors[2].firstMapped()) {
      throw new IllegalArgumentException("palette channels disagree on the first mapped value");
    }
    return new PaletteLut(descriptors[0].firstMapped(), channels[0], channels[1], channels[2]);
  }

  /** RGB packed as 0xRRGGBB for a stored index. */
  public int rgb(int index) {
    int i = Math.min(Math.max(index - firstMapped, 0), red.length - 1);
    return (red[i] & 0xFF) << 16 | (green[i] & 0xFF) << 8 | (blue[i] & 0xFF);
  }

  public int entries() {
    return red.length;
  }

  /** Table data: 16-bit entries one a word; 8-bit entries one a byte, two a word (low byte first). */
  private static int[] unpack(short[] words, Descriptor d) {
    int[] out = new int[d.entries()];
    if (d.bits() == 16 || words.length >= d.entries()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = i < words.length ? words[i] & 0xFFFF : 0;
      }
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      int w = i / 2 < words.length ? words[i / 2] & 0xFFFF : 0;
      out[i] = (i % 2 == 0) ? w & 0xFF : w >>> 8;
    }
    return out;
  }

  private static byte[] toEightBits(int[] values, int bits) {
    byte[] out = new byte[values.length];
    int max = Arrays.stream(values).max().orElse(0);
    boolean sixteen = bits == 16 && max > 255;
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) (sixteen ? values[i] >>> 8 : values[i]);
    }
    return out;
  }

  /** PS3.3 C.7.9.2: opcode 0 discrete, 1 linear, 2 indirect. */
  static int[] expandSegments(short[] seg, int entries) {
    return new SegmentExpansion(seg, entries).run();
  }

  /** One expansion of a segmented palette: the entries written so far and where each segment began. */
  private static final class SegmentExpansion {
    private final short[] seg;
    private final int entries;
    private final int[] out;
    /** Each segment's offset in {@code seg} (in 16-bit words) and its first entry in {@code out}. */
    private final int[] starts;
    private final int[] outAt;
    private int segments;
    private int n;

    SegmentExpansion(short[] seg, int entries) {
      this.seg = seg;
      this.entries = entries;
      this.out = new int[entries];
      this.starts = new int[seg.length + 1];
      this.outAt = new int[seg.length + 1];
    }

    int[] run() {
      int i = 0;
      while (i < seg.length && n < entries) {
        starts[segments] = i;
        outAt[segments] = n;
        segments++;
        int opcode = seg[i] & 0xFFFF;
        int length = i + 1 < seg.length ? seg[i + 1] & 0xFFFF : 0;
        i = switch (opcode) {
          case 0 -> discrete(i, length);
          case 1 -> linear(i, length);
          case 2 -> indirect(i, length);
          default -> throw new IllegalArgumentException("unknown segmented palette opcode " + opcode);
        };
      }
      if (n < entries && n > 0) {
        Arrays.fill(out, n, entries, out[n - 1]);
      }
      return out;
    }

    /** {@code length} values as they stand; the offset of the next segment. */
    private int discrete(int i, int length) {
      for (int k = 0; k < length && n < entries && i + 2 + k < seg.length; k++) {
        out[n++] = seg[i + 2 + k] & 0xFFFF;
      }
      return i + 2 + length;
    }

    /** {@code length} values on the line from the last entry to the segment's value. */
    private int linear(int i, int length) {
      if (n == 0) {
        throw new IllegalArgumentException("segmented palette starts with a linear segment");
      }
      int y0 = out[n - 1];
      int y1 = i + 2 < seg.length ? seg[i + 2] & 0xFFFF : y0;
      for (int k = 1; k <= length && n < entries; k++) {
        out[n++] = (int) Math.round(y0 + (double) (y1 - y0) * k / length);
      }
      return i + 3;
    }

    /** A copy of the entries of {@code length} earlier segments, from the one at the given offset. */
    private int indirect(int i, int length) {
      if (i + 3 >= seg.length) {
        throw new IllegalArgumentException("indirect palette segment is cut short");
      }
      long offset = (seg[i + 2] & 0xFFFFL) | (seg[i + 3] & 0xFFFFL) << 16;
      int from = -1;
      for (int s = 0; s < segments; s++) {
        if (starts[s] == offset) {
          from = s;
        }
      }
      if (from < 0 || from + length > segments - 1) {
        throw new IllegalArgumentException("indirect palette segment points at no earlier segment: " + offset);
      }
      int copyFrom = outAt[from];
      int copyTo = outAt[from + length];
      for (int k = copyFrom; k < copyTo && n < entries; k++) {
        out[n++] = out[k];
      }
      return i + 4;
    }
  }
}
