package org.injectplan.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads DICOM element and item headers (tag, VR, length) at a byte offset, in the data set's VR
 * and byte order, for {@link DatasetScanner}'s walk; every failure is a {@link BadScanException}
 * naming the file, the offset and the reason.
 */
final class ElementReader {
  static final long UNDEFINED = 0xFFFFFFFFL;

  static final Set<String> LONG_LENGTH_VRS =
      Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
  static final Set<String> ALL_VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD",
      "FL", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS",
      "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV");

  /** An element's header: its VR is null for an item, a delimiter or an implicit-VR element. */
  record Element(int tag, String vr, long length, int headerLength) {
  }

  private final Path file;
  private final ByteSource src;
  private final byte[] header = new byte[12];
  private boolean explicitVr;
  private boolean bigEndian;

  ElementReader(Path file, ByteSource src, boolean explicitVr, boolean bigEndian) {
    this.file = file;
    this.src = src;
    this.explicitVr = explicitVr;
    this.bigEndian = bigEndian;
  }

  ByteSource source() {
    return src;
  }

  boolean explicitVr() {
    return explicitVr;
  }

  /** Switches the VR rule, for the implicit-VR items inside a UN of undefined length. */
  void explicitVr(boolean explicit) {
    explicitVr = explicit;
  }

  /** The header of the element at {@code pos}, which must end before {@code end}. */
  Element element(long pos, long end) throws BadScanException {
    int avail = (int) Math.min(12, end - pos);
    read(pos, avail);
    int tag = tag(header);
    if ((tag >>> 16) == 0xFFFE) {
      return new Element(tag, null, u32(header, 4), 8);
    }
    boolean explicit = explicitVr;
    if ((tag >>> 16) == 0x0002) {
      explicit = true; // the meta header is always explicit VR little endian
    }
    if (!explicit) {
      return new Element(tag, null, u32(header, 4), 8);
    }
    String vr = new String(header, 4, 2, StandardCharsets.US_ASCII);
    if (!ALL_VRS.contains(vr)) {
      throw bad("element " + tagString(tag) + " at offset " + pos + " has an invalid VR '"
          + printable(vr) + "'");
    }
    if (LONG_LENGTH_VRS.contains(vr)) {
      if (avail < 12) {
        throw bad("element " + tagString(tag) + " at offset " + pos + " is cut short");
      }
      return new Element(tag, vr, u32(header, 8), 12);
    }
    return new Element(tag, vr, u16(header, 6), 8);
  }

  /** The header of the item, delimiter or fragment at {@code pos} (always 8 bytes). */
  Element item(long pos) throws BadScanException {
    read(pos, 8);
    return new Element(tag(header), null, u32(header, 4), 8);
  }

  /** An implicit-VR element the dictionary calls a sequence. */
  static boolean isImplicitSequence(Element e) {
    if (e.vr() != null || (e.tag() & 0xFFFF) == 0 || e.length() == 0) {
      return false;
    }
    byte[] vr = AttributeList.getDictionary().getValueRepresentationFromTag(
        new AttributeTag(e.tag() >>> 16, e.tag() & 0xFFFF));
    return vr != null && vr.length == 2 && vr[0] == 'S' && vr[1] == 'Q';
  }

  /** Refuses an element whose value runs past {@code end}. */
  void checkFits(Element e, long pos, long end) throws BadScanException {
    long available = end - pos - e.headerLength();
    if (e.length() > available) {
      throw bad("element " + tagString(e.tag()) + " at offset " + pos + " declares " + e.length()
          + " bytes but only " + available + " remain");
    }
  }

  private int tag(byte[] b) {
    return (u16(b, 0) << 16) | u16(b, 2);
  }

  private int u16(byte[] b, int i) {
    return bigEndian && !isMetaOrDelimiter(b)
        ? (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)
        : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private long u32(byte[] b, int i) {
    return bigEndian && !isMetaOrDelimiter(b)
        ? (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFFL) << 16 | (b[i + 2] & 0xFFL) << 8 | (b[i + 3] & 0xFFL)
        : (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }

  /** The meta group is little endian even in a big-endian file. */
  private static boolean isMetaOrDelimiter(byte[] b) {
    return b[0] == 2 && b[1] == 0;
  }

  private void read(long pos, int len) throws BadScanException {
    try {
      src.read(pos, header, 0, len);
    } catch (IOException e) {
      throw bad("cannot read at offset " + pos + ": " + e.getMessage());
    }
  }

  byte[] bytes(long pos, int len) throws BadScanException {
    try {
      return src.read(pos, len);
    } catch (IOException e) {
      throw bad("cannot read at offset " + pos + ": " + e.getMessage());
    }
  }

  String ascii(long pos, int len) throws BadScanException {
    return new String(bytes(pos, len), StandardCharsets.US_ASCII);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02X", (int) c));
    }
    return b.toString();
  }

  static String tagString(int tag) {
    return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
  }

  BadScanException bad(String reason) {
    return new BadScanException(file, reason);
  }
}
