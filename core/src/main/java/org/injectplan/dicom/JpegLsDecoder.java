package org.injectplan.dicom;

import java.io.IOException;

/**
 * Our JPEG-LS decoder (ITU-T T.87 | ISO/IEC 14495-1), for DICOM's JPEG-LS transfer syntaxes
 * (1.2.840.10008.1.2.4.80 lossless, .81 near-lossless): no pure-Java JPEG-LS codec is published
 * on Maven Central. It reads the frame header (SOF55), preset coding parameters (LSE, ID 1),
 * and one scan per component (ILV 0) or one scan of all components interleaved by line
 * (ILV 1) or by sample (ILV 2), for 2 to 16 bits a sample and NEAR 0 (lossless) or more.
 * Mapping tables (LSE 2/3), oversize dimensions (LSE 4), restart intervals and subsampled
 * components are refused, as is anything the stream gets wrong: every refusal is an
 * {@link IOException} saying why, and a damaged stream cannot make it loop or allocate more
 * than its header's frame size.
 */
final class JpegLsDecoder {
  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int DRI = 0xDD;
  private static final int SOF55 = 0xF7;
  private static final int LSE = 0xF8;
  private static final int COM = 0xFE;

  /** A decoded frame: {@code planes[component][y * columns + x]}, samples of {@code precision} bits. */
  record Image(int columns, int rows, int precision, int[][] planes) {
  }

  private final byte[] data;
  private final int expectedColumns;
  private final int expectedRows;
  private final int expectedComponents;
  private int precision;
  private int[] componentIds;
  private int[][] planes;
  private boolean[] decoded;
  private int[] preset;

  private JpegLsDecoder(byte[] data, int expectedColumns, int expectedRows, int expectedComponents) {
    this.data = data;
    this.expectedColumns = expectedColumns;
    this.expectedRows = expectedRows;
    this.expectedComponents = expectedComponents;
  }

  /** Decodes a frame that must be {@code columns} x {@code rows} with {@code components} samples a pixel. */
  static Image decode(byte[] data, int columns, int rows, int components) throws IOException {
    return new JpegLsDecoder(data, columns, rows, components).run();
  }

  private Image run() throws IOException {
    if (data.length < 4 || u8(0) != 0xFF || u8(1) != SOI) {
      throw new IOException("not a JPEG-LS codestream: no start-of-image marker");
    }
    int i = 2;
    while (true) {
      if (i + 1 >= data.length) {
        throw new IOException("the JPEG-LS codestream ends without its end-of-image marker");
      }
      if (u8(i) != 0xFF) {
        throw new IOException("a JPEG-LS marker was expected at byte " + i);
      }
      int m = u8(i + 1);
      if (m == 0xFF) {
        i++;
        continue;
      }
      if (m == EOI) {
        return finish();
      }
      if (i + 3 >= data.length) {
        throw new IOException("the JPEG-LS codestream ends inside a marker segment");
      }
      int len = u16(i + 2);
      int body = i + 4;
      if (len < 2 || i + 2 + len > data.length) {
        throw new IOException("a JPEG-LS marker segment of length " + len + " does not fit the frame");
      }
      i = segment(m, body, len - 2);
    }
  }

  /** Reads one marker segment; the offset where the next marker is. */
  private int segment(int m, int body, int length) throws IOException {
    switch (m) {
      case SOF55 -> frameHeader(body, length);
      case LSE -> presetParameters(body, length);
      case DRI -> {
        if (length >= 2 && u16(body) != 0) {
          throw new IOException("JPEG-LS restart intervals are not supported");
        }
      }
      case SOS -> {
        return scan(body, length);
      }
      default -> {
        boolean skippable = (m >= 0xE0 && m <= 0xEF) || m == COM;
        if (!skippable) {
          throw new IOException(String.format("marker FF%02X does not belong in a JPEG-LS codestream", m));
        }
      }
    }
    return body + length;
  }

  private void frameHeader(int at, int length) throws IOException {
    if (planes != null) {
      throw new IOException("the JPEG-LS codestream has two frame headers");
    }
    if (length < 6) {
      throw new IOException("the JPEG-LS frame header is too short");
    }
    precision = u8(at);
    int rows = u16(at + 1);
    int columns = u16(at + 3);
    int components = u8(at + 5);
    if (precision < 2 || precision > 16) {
      throw new IOException("JPEG-LS samples of " + precision + " bits (2 to 16 are possible)");
    }
    if (columns != expectedColumns || rows != expectedRows) {
      throw new IOException("the compressed frame is " + columns + " x " + rows + ", the header says "
          + expectedColumns + " x " + expectedRows);
    }
    if (components != expectedComponents || length != 6 + 3 * components) {
      throw new IOException("the JPEG-LS frame has " + components + " component(s), the header says "
          + expectedComponents);
    }
    componentIds = new int[components];
    for (int k = 0; k < components; k++) {
      componentIds[k] = u8(at + 6 + 3 * k);
      if (u8(at + 7 + 3 * k) != 0x11) {
        throw new IOException("subsampled JPEG-LS components are not supported");
      }
    }
    long bytes = 4L * rows * columns * components;
    if (bytes > Runtime.getRuntime().maxMemory() / 4) {
      throw new IOException("a " + columns + " x " + rows + " JPEG-LS frame needs more than a quarter of the heap");
    }
    planes = new int[components][rows * columns];
    decoded = new boolean[components];
  }

  private void presetParameters(int at, int length) throws IOException {
    if (length < 1) {
      throw new IOException("an empty JPEG-LS preset-parameters segment");
    }
    int id = u8(at);
    if (id != 1) {
      throw new IOException("JPEG-LS " + (id == 4 ? "oversize dimensions" : id == 2 || id == 3
          ? "mapping tables" : "preset parameters of type " + id) + " are not supported");
    }
    if (length != 11) {
      throw new IOException("a JPEG-LS preset-parameters segment of " + length + " bytes (11 expected)");
    }
    preset = new int[5];
    for (int k = 0; k < 5; k++) {
      preset[k] = u16(at + 1 + 2 * k);
    }
  }

  /** A scan: its header at {@code at}, then its entropy-coded data; the offset of the marker after it. */
  private int scan(int at, int length) throws IOException {
    if (planes == null) {
      throw new IOException("a JPEG-LS scan comes before the frame header");
    }
    int ns = u8(at);
    if (ns < 1 || length != 4 + 2 * ns) {
      throw new IOException("a JPEG-LS scan header of " + length + " bytes for " + ns + " component(s)");
    }
    int[] members = members(at, ns);
    int near = u8(at + 1 + 2 * ns);
    int ilv = u8(at + 2 + 2 * ns);
    if (u8(at + 3 + 2 * ns) != 0) {
      throw new IOException("JPEG-LS point transforms are not supported");
    }
    if (ilv > 2 || (ilv == 0) != (ns == 1)) {
      throw new IOException("a JPEG-LS scan of " + ns + " component(s) with interleave mode " + ilv);
    }
    JpegLsParameters p;
    try {
      p = JpegLsParameters.of(precision, near, preset);
    } catch (IllegalArgumentException e) {
      throw new IOException("impossible JPEG-LS parameters: " + e.getMessage(), e);
    }
    if (p.maxVal() >= 1 << precision) {
      throw new IOException("JPEG-LS MAXVAL " + p.maxVal() + " does not fit " + precision + " bits");
    }
    int start = at + length;
    int end = scanEnd(start);
    int[][] target = new int[ns][];
    for (int k = 0; k < ns; k++) {
      target[k] = planes[members[k]];
    }
    JpegLsScan scan = new JpegLsScan(new JpegLsBits(data, start, end), p, expectedColumns, expectedRows);
    if (ilv == 2) {
      scan.decodeSamples(target);
    } else {
      scan.decodeLines(target);
    }
    return end;
  }

  /** The planes of the scan's components (listed after {@code at}), each marked as decoded. */
  private int[] members(int at, int ns) throws IOException {
    int[] members = new int[ns];
    for (int k = 0; k < ns; k++) {
      members[k] = planeOf(u8(at + 1 + 2 * k));
      if (u8(at + 2 + 2 * k) != 0) {
        throw new IOException("JPEG-LS mapping tables are not supported");
      }
      if (decoded[members[k]]) {
        throw new IOException("a JPEG-LS component is coded twice");
      }
      decoded[members[k]] = true;
    }
    return members;
  }

  /** The first marker after {@code from}: FF followed by a byte of 0x80 or more. */
  private int scanEnd(int from) {
    for (int i = from; i + 1 < data.length; i++) {
      if (u8(i) == 0xFF && u8(i + 1) >= 0x80) {
        return i;
      }
    }
    return data.length;
  }

  private int planeOf(int id) throws IOException {
    for (int k = 0; k < componentIds.length; k++) {
      if (componentIds[k] == id) {
        return k;
      }
    }
    throw new IOException("a JPEG-LS scan names component " + id + ", which the frame does not have");
  }

  private Image finish() throws IOException {
    if (planes == null) {
      throw new IOException("the JPEG-LS codestream has no frame header");
    }
    for (boolean d : decoded) {
      if (!d) {
        throw new IOException("a JPEG-LS component has no scan");
      }
    }
    return new Image(expectedColumns, expectedRows, precision, planes);
  }

  private int u8(int i) {
    return data[i] & 0xFF;
  }

  private int u16(int i) {
    return (data[i] & 0xFF) << 8 | (data[i + 1] & 0xFF);
  }
}
