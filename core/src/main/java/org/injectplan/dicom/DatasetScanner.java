package org.injectplan.dicom;

import static org.injectplan.dicom.ElementReader.ALL_VRS;
import static org.injectplan.dicom.ElementReader.isImplicitSequence;
import static org.injectplan.dicom.ElementReader.tagString;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.injectplan.dicom.ElementReader.Element;

/**
 * Walks the element structure of a DICOM file without keeping any value, checking every length
 * against the bytes that remain, so that PixelMed is only given files whose lengths fit. It finds
 * the transfer syntax (from the meta header, or guessed for a file without one) and where the
 * Pixel Data lies. A file whose structure does not fit is refused with the offset and the reason.
 *
 * <p>Tolerated, as readers in the field do: no preamble, no meta header (ACR-NEMA style), a meta
 * group length that is wrong, the bytes "DICM" inside the data at offset 128, a missing sequence
 * delimiter after the last pixel fragment, a trailing odd byte.
 */
public final class DatasetScanner {

  /** Any element but Pixel Data larger than this is refused: no header needs it. */
  static final long MAX_HEADER_ELEMENT_BYTES = 64L << 20;
  private static final int MAX_DEPTH = 16;
  private static final long UNDEFINED = ElementReader.UNDEFINED;

  private static final int ITEM = 0xFFFEE000;
  private static final int ITEM_DELIMITER = 0xFFFEE00D;
  private static final int SEQUENCE_DELIMITER = 0xFFFEE0DD;
  private static final int PIXEL_DATA = 0x7FE00010;
  private static final int TRANSFER_SYNTAX_UID = 0x00020010;

  private final Path file;
  private ByteSource src;
  private ElementReader reader;
  private PixelDataLayout pixelData;

  private DatasetScanner(Path file, ByteSource src) {
    this.file = file;
    this.src = src;
    this.reader = new ElementReader(file, src, true, false);
  }

  /**
   * Scans the file behind {@code src}. The returned layout's source is {@code src} itself, or an
   * in-memory inflated copy for a deflated data set. Throws for a structure that does not fit,
   * and for a transfer syntax without a decoder here.
   */
  public static DatasetLayout scan(Path file, ByteSource src) throws BadScanException {
    return new DatasetScanner(file, src).run();
  }

  private DatasetLayout run() throws BadScanException {
    long size = src.size();
    if (size < 8) {
      throw bad("file of " + size + " bytes is too short to be DICOM");
    }
    long metaStart = metaHeaderStart();
    String tsUid;
    long datasetStart;
    if (metaStart >= 0) {
      MetaHeader meta = readMetaHeader(metaStart);
      if (meta.transferSyntaxUid() == null) {
        throw bad("the meta header has no Transfer Syntax UID (0002,0010)");
      }
      tsUid = meta.transferSyntaxUid;
      datasetStart = meta.end;
    } else {
      tsUid = guessTransferSyntax();
      datasetStart = 0;
    }
    TransferSyntaxes.Syntax syntax = TransferSyntaxes.find(tsUid)
        .filter(s -> s.codec() != TransferSyntaxes.Codec.UNSUPPORTED)
        .orElseThrow(() -> bad(TransferSyntaxes.unsupportedMessage(tsUid)));
    if (syntax.codec() == TransferSyntaxes.Codec.DEFLATED) {
      src = DeflatedDataSet.inflate(file, src, datasetStart);
      datasetStart = 0;
    }
    reader = new ElementReader(file, src, syntax.explicitVr(), syntax.bigEndian());
    readElements(datasetStart, src.size(), 0, false);
    return new DatasetLayout(src, datasetStart, tsUid, metaStart >= 0, Optional.ofNullable(pixelData));
  }

  // ---- meta header and guessing ----

  private record MetaHeader(String transferSyntaxUid, long end) {
  }

  /** Offset of the meta header's first element, or -1 when the file has none. */
  private long metaHeaderStart() throws BadScanException {
    long size = src.size();
    if (size >= 140 && "DICM".equals(reader.ascii(128, 4)) && looksLikeMetaElement(132)) {
      return 132;
    }
    if ("DICM".equals(reader.ascii(0, 4)) && looksLikeMetaElement(4)) {
      return 4;
    }
    if (looksLikeMetaElement(0)) {
      return 0;
    }
    return -1;
  }

  private boolean looksLikeMetaElement(long at) throws BadScanException {
    if (at + 8 > src.size()) {
      return false;
    }
    byte[] b = reader.bytes(at, 6);
    return b[0] == 2 && b[1] == 0 && ALL_VRS.contains(new String(b, 4, 2, StandardCharsets.US_ASCII));
  }

  private MetaHeader readMetaHeader(long start) throws BadScanException {
    long pos = start;
    String ts = null;
    long size = src.size();
    while (pos + 8 <= size) {
      byte[] b = reader.bytes(pos, 2);
      if (b[0] != 2 || b[1] != 0) {
        break; // the meta group ends where group 0002 ends, whatever its group length said
      }
      Element e = reader.element(pos, size);
      if (e.length() == UNDEFINED) {
        throw bad("meta header element " + tagString(e.tag()) + " at offset " + pos + " has undefined length");
      }
      reader.checkFits(e, pos, size);
      if (e.tag() == TRANSFER_SYNTAX_UID) {
        if (e.length() > 128) {
          throw bad("Transfer Syntax UID of " + e.length() + " bytes");
        }
        ts = reader.ascii(pos + e.headerLength(), (int) e.length()).replace("\0", "").trim();
      }
      pos += e.headerLength() + e.length();
    }
    return new MetaHeader(ts, pos);
  }

  /** For a file without a meta header: implicit or explicit VR little endian, from the first element. */
  private String guessTransferSyntax() throws BadScanException {
    byte[] b = reader.bytes(0, 8);
    int group = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    if (group != 0x0000 && group != 0x0004 && group != 0x0008) {
      throw bad("no DICOM preamble or meta header, and the first bytes are not a data element "
          + "(group " + String.format("%04X", group) + ")");
    }
    String vr = new String(b, 4, 2, StandardCharsets.US_ASCII);
    return ALL_VRS.contains(vr)
        ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;
  }

  // ---- the walk ----

  /**
   * Reads elements from {@code pos} to {@code end}. Inside an item of undefined length it stops
   * after the item delimiter and returns the position after it.
   */
  private long readElements(long pos, long end, int depth, boolean undefinedItem) throws BadScanException {
    while (pos < end) {
      if (end - pos < 8) {
        if (depth == 0) {
          return end; // a trailing odd byte or padding: tolerated
        }
        throw bad("element at offset " + pos + " is cut short by the end of its item");
      }
      Element e = reader.element(pos, end);
      if (e.tag() == ITEM_DELIMITER) {
        if (!undefinedItem) {
          throw bad("item delimiter outside an item at offset " + pos);
        }
        return pos + 8;
      }
      if (e.tag() == ITEM || e.tag() == SEQUENCE_DELIMITER) {
        throw bad("unexpected " + tagString(e.tag()) + " at offset " + pos);
      }
      long valueStart = pos + e.headerLength();
      if (e.tag() == PIXEL_DATA && depth == 0) {
        pos = readPixelData(e, valueStart, end);
        continue;
      }
      if (e.tag() == PIXEL_DATA && e.length() == UNDEFINED) {
        pos = readFragments(pos, valueStart, end, false); // an icon image's pixels: checked, not kept
        continue;
      }
      boolean sequence = "SQ".equals(e.vr()) || e.length() == UNDEFINED || isImplicitSequence(e);
      pos = sequence ? readSequence(e, pos, end, depth) : skipValue(e, pos, end);
    }
    if (undefinedItem) {
      throw bad("item of undefined length has no item delimiter before offset " + end);
    }
    return pos;
  }

  /** The items of the sequence {@code e} at {@code pos}, one level deeper; the position after it. */
  private long readSequence(Element e, long pos, long end, int depth) throws BadScanException {
    if (depth + 1 > MAX_DEPTH) {
      throw bad("sequences nested deeper than " + MAX_DEPTH + " at offset " + pos);
    }
    boolean wasExplicit = reader.explicitVr();
    if ("UN".equals(e.vr())) {
      reader.explicitVr(false); // PS3.5 6.2.2: UN of undefined length holds implicit VR LE items
    }
    long after = readItems(e, pos + e.headerLength(), end, depth + 1);
    reader.explicitVr(wasExplicit);
    return after;
  }

  /** Checks a plain element's value fits and is of a header's size; the position after it. */
  private long skipValue(Element e, long pos, long end) throws BadScanException {
    reader.checkFits(e, pos, end);
    if (e.length() > MAX_HEADER_ELEMENT_BYTES) {
      throw bad("element " + tagString(e.tag()) + " of " + e.length() + " bytes at offset " + pos
          + " is larger than any header element needs");
    }
    return pos + e.headerLength() + e.length();
  }

  private long readItems(Element seq, long pos, long end, int depth) throws BadScanException {
    long seqEnd = end;
    if (seq.length() != UNDEFINED) {
      if (seq.length() > end - pos) {
        throw bad("sequence " + tagString(seq.tag()) + " declares " + seq.length() + " bytes but only "
            + (end - pos) + " remain");
      }
      seqEnd = pos + seq.length();
    }
    while (pos < seqEnd) {
      if (seqEnd - pos < 8) {
        throw bad("sequence " + tagString(seq.tag()) + " is cut short at offset " + pos);
      }
      Element item = reader.item(pos);
      if (item.tag() == SEQUENCE_DELIMITER) {
        if (seq.length() != UNDEFINED) {
          throw bad("sequence delimiter inside a sequence of defined length at offset " + pos);
        }
        return pos + 8;
      }
      if (item.tag() != ITEM) {
        throw bad("expected an item in sequence " + tagString(seq.tag()) + " at offset " + pos
            + ", found " + tagString(item.tag()));
      }
      long itemStart = pos + 8;
      if (item.length() == UNDEFINED) {
        pos = readElements(itemStart, seqEnd, depth, true);
      } else {
        if (item.length() > seqEnd - itemStart) {
          throw bad("item in sequence " + tagString(seq.tag()) + " declares " + item.length()
              + " bytes but only " + (seqEnd - itemStart) + " remain");
        }
        readElements(itemStart, itemStart + item.length(), depth, false);
        pos = itemStart + item.length();
      }
    }
    if (seq.length() == UNDEFINED) {
      throw bad("sequence " + tagString(seq.tag()) + " has no sequence delimiter");
    }
    return pos;
  }

  private long readPixelData(Element e, long valueStart, long end) throws BadScanException {
    if (pixelData != null) {
      throw bad("second Pixel Data element at offset " + (valueStart - e.headerLength()));
    }
    if (e.length() != UNDEFINED) {
      long available = end - valueStart;
      String problem = e.length() > available
          ? "Pixel Data declares " + e.length() + " bytes but only " + available + " remain in the file"
          : null;
      pixelData = PixelDataLayout.nativePixels(valueStart - e.headerLength(), valueStart, Math.min(e.length(), available), problem);
      return problem == null ? valueStart + e.length() : end;
    }
    return readFragments(valueStart - e.headerLength(), valueStart, end, true);
  }

  /**
   * The fragments of encapsulated Pixel Data from {@code pos}: the Basic Offset Table first, then
   * one item per fragment, to the sequence delimiter. Kept as the scan's Pixel Data, or (an icon
   * image's pixels) only checked, with no tolerance for a cut or undelimited sequence.
   */
  private long readFragments(long elementOffset, long pos, long end, boolean keep) throws BadScanException {
    FragmentList fragments = new FragmentList();
    long[] bot = null;
    String problem = null;
    boolean delimited = false;
    while (pos < end) {
      if (end - pos < 8) {
        problem = "Pixel Data ends inside a fragment header at offset " + pos;
        break;
      }
      Element item = reader.item(pos);
      if (item.tag() == SEQUENCE_DELIMITER) {
        delimited = true;
        pos += 8;
        break;
      }
      problem = fragmentProblem(item, pos, end);
      if (problem != null) {
        pos = end;
        break;
      }
      if (bot == null) {
        bot = readOffsetTable(pos + 8, (int) item.length());
      } else {
        fragments.add(pos + 8, (int) item.length());
      }
      pos += 8 + item.length();
    }
    if (bot == null) {
      throw bad("encapsulated Pixel Data has no Basic Offset Table item");
    }
    if (!keep) {
      if (problem != null || !delimited) {
        throw bad("nested encapsulated Pixel Data: " + (problem != null ? problem : "no sequence delimiter"));
      }
      return pos;
    }
    pixelData = new PixelDataLayout(elementOffset, true, -1, -1, bot, fragments.offsets(), fragments.lengths(),
        !delimited && problem == null, problem);
    return pos;
  }

  /** Why the fragment at {@code pos} cannot be read (its length runs past the file), or null; throws for a non-item. */
  private String fragmentProblem(Element item, long pos, long end) throws BadScanException {
    if (item.tag() != ITEM) {
      throw bad("expected a pixel fragment at offset " + pos + ", found " + tagString(item.tag()));
    }
    long available = end - pos - 8;
    if (item.length() == UNDEFINED || item.length() > available) {
      return "pixel fragment at offset " + pos + " declares " + item.length() + " bytes but only "
          + available + " remain in the file";
    }
    return null;
  }

  /** The fragments' value offsets and lengths, growing as they are read. */
  private static final class FragmentList {
    private long[] offsets = new long[16];
    private int[] lengths = new int[16];
    private int n;

    void add(long offset, int length) {
      if (n == offsets.length) {
        offsets = Arrays.copyOf(offsets, n * 2);
        lengths = Arrays.copyOf(lengths, n * 2);
      }
      offsets[n] = offset;
      lengths[n] = length;
      n++;
    }

    long[] offsets() {
      return Arrays.copyOf(offsets, n);
    }

    int[] lengths() {
      return Arrays.copyOf(lengths, n);
    }
  }

  private long[] readOffsetTable(long at, int length) throws BadScanException {
    if (length % 4 != 0) {
      throw bad("Basic Offset Table of " + length + " bytes is not a multiple of 4");
    }
    byte[] b = reader.bytes(at, length);
    long[] table = new long[length / 4];
    for (int i = 0; i < table.length; i++) {
      table[i] = (b[4 * i] & 0xFFL) | (b[4 * i + 1] & 0xFFL) << 8 | (b[4 * i + 2] & 0xFFL) << 16
          | (b[4 * i + 3] & 0xFFL) << 24;
    }
    return table;
  }

  private BadScanException bad(String reason) {
    return reader.bad(reason);
  }
}
