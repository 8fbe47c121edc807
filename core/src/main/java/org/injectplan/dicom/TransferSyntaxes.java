package org.injectplan.dicom;

import java.util.Map;
import java.util.Optional;

/**
 * The transfer syntaxes InjectPlan knows by name, and how each one is decoded. A syntax that is
 * named here but has no decoder, or is not named at all, is refused with
 * {@code unsupported transfer syntax <uid> (<name>)}.
 */
public final class TransferSyntaxes {

  /** How the pixel data of a transfer syntax is stored. */
  public enum Codec {
    /** Uncompressed, little endian (implicit or explicit VR). */
    NATIVE,
    /** Uncompressed, explicit VR big endian (retired, still written by old scanners). */
    NATIVE_BIG_ENDIAN,
    /** The whole data set after the meta header is deflated (RFC 1951); pixels native. */
    DEFLATED,
    RLE,
    /** JPEG baseline and extended (lossy, DCT), decoded by the JDK's ImageIO reader. */
    JPEG_DCT,
    /** JPEG lossless process 14, decoded by PixelMed's codec. */
    JPEG_LOSSLESS,
    /** JPEG 2000, decoded when an ImageIO JPEG 2000 reader is on the class path. */
    JPEG_2000,
    /** JPEG-LS lossless and near-lossless (ITU-T T.87), decoded by our own {@code JpegLsDecoder}. */
    JPEG_LS,
    /** Known, but no decoder here: refused. */
    UNSUPPORTED
  }

  /** A transfer syntax: its UID, its name in PS3.6, and its codec. */
  public record Syntax(String uid, String name, Codec codec, boolean explicitVr, boolean bigEndian) {
    public boolean encapsulated() {
      return codec == Codec.RLE || codec == Codec.JPEG_DCT || codec == Codec.JPEG_LOSSLESS
          || codec == Codec.JPEG_2000 || codec == Codec.JPEG_LS || codec == Codec.UNSUPPORTED;
    }
  }

  public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
  public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
  public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
  public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";

  private static final Map<String, Syntax> KNOWN = Map.ofEntries(
      entry(IMPLICIT_VR_LITTLE_ENDIAN, "Implicit VR Little Endian", Codec.NATIVE, false, false),
      entry(EXPLICIT_VR_LITTLE_ENDIAN, "Explicit VR Little Endian", Codec.NATIVE, true, false),
      entry(EXPLICIT_VR_BIG_ENDIAN, "Explicit VR Big Endian", Codec.NATIVE_BIG_ENDIAN, true, true),
      entry(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, "Deflated Explicit VR Little Endian", Codec.DEFLATED, true, false),
      entry("1.2.840.10008.1.2.5", "RLE Lossless", Codec.RLE, true, false),
      entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", Codec.JPEG_DCT, true, false),
      entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", Codec.JPEG_DCT, true, false),
      entry("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", Codec.JPEG_LOSSLESS, true, false),
      entry("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", Codec.JPEG_LOSSLESS, true, false),
      entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", Codec.JPEG_2000, true, false),
      entry("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", Codec.JPEG_2000, true, false),
      entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", Codec.JPEG_LS, true, false),
      entry("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", Codec.JPEG_LS, true, false),
      entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.110", "JPEG XL Lossless", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.112", "JPEG XL", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", Codec.UNSUPPORTED, true, false),
      entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", Codec.UNSUPPORTED, true, false));

  private TransferSyntaxes() {
  }

  private static Map.Entry<String, Syntax> entry(String uid, String name, Codec codec, boolean explicit, boolean big) {
    return Map.entry(uid, new Syntax(uid, name, codec, explicit, big));
  }

  /** The syntax with this UID, if InjectPlan knows its name. */
  public static Optional<Syntax> find(String uid) {
    return Optional.ofNullable(KNOWN.get(uid));
  }

  /** Its name, or "unknown" for a UID not in the table. */
  public static String nameOf(String uid) {
    return find(uid).map(Syntax::name).orElse("unknown");
  }

  /** The reason a scan with this transfer syntax is refused. */
  public static String unsupportedMessage(String uid) {
    return "unsupported transfer syntax " + uid + " (" + nameOf(uid) + ")";
  }
}
