package org.injectplan.dicom;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and decodes one frame at a time, on demand: opening a 1000-frame cine decodes nothing.
 * Native frames are read from their offset; encapsulated frames are assembled from their
 * fragments (by the Basic Offset Table, one fragment a frame, or the JPEG start-of-image
 * marker where fragments outnumber frames and the table is empty). Safe to use from several
 * threads at once.
 */
public final class FrameReader {
  private final Path file;
  private final ByteSource source;
  private final PixelDataLayout layout;
  private final PixelFormat format;
  private final TransferSyntaxes.Syntax syntax;
  private final PaletteLut palette;
  /** For encapsulated pixels: frame i is fragments firstFragment[i] .. firstFragment[i+1]-1. */
  private final int[] firstFragment;
  private static final int MAX_EXPANSION = 256;

  public FrameReader(Path file, ByteSource source, PixelDataLayout layout, PixelFormat format,
      TransferSyntaxes.Syntax syntax, PaletteLut palette) throws BadScanException {
    this.file = file;
    this.source = source;
    this.layout = layout;
    this.format = format;
    this.syntax = syntax;
    this.palette = palette;
    if (layout.problem() != null) {
      throw new BadScanException(file, layout.problem());
    }
    if (layout.encapsulated() != syntax.encapsulated()) {
      throw new BadScanException(file, (layout.encapsulated() ? "encapsulated" : "native")
          + " Pixel Data in transfer syntax " + syntax.uid() + " (" + syntax.name() + ")");
    }
    if (layout.encapsulated()) {
      firstFragment = mapFragments();
    } else {
      firstFragment = null;
      long needed = format.totalBytes();
      if (layout.valueLength() < needed) {
        throw new BadScanException(file, "Pixel Data holds " + layout.valueLength() + " bytes; "
            + format.frames() + " frame(s) of " + format.columns() + " x " + format.rows() + " x "
            + format.samplesPerPixel() + " samples of " + format.bitsAllocated() + " bits need " + needed);
      }
    }
  }

  /** Whether JPEG 2000 frames can be decoded here (an ImageIO JPEG 2000 reader is present). */
  public static boolean canDecodeJpeg2000() {
    return CodecFrames.canDecodeJpeg2000();
  }

  public PixelFormat format() {
    return format;
  }

  /** Frame {@code index} (0-based) as displayed values; see {@link NativePixels}. */
  public ImageProcessor read(int index) throws BadScanException {
    if (index < 0 || index >= format.frames()) {
      throw new IllegalArgumentException("frame " + index + " is outside 0.." + (format.frames() - 1));
    }
    try {
      return layout.encapsulated() ? decodeEncapsulated(index) : decodeNative(index);
    } catch (IOException | RuntimeException e) {
      throw new BadScanException(file, "frame " + index + " cannot be decoded: " + describe(e), e);
    }
  }

  private ImageProcessor decodeNative(int index) throws IOException {
    if (format.bitsAllocated() == 1) {
      long firstBit = (long) index * format.pixels();
      long firstByte = firstBit >>> 3;
      int span = (int) (((firstBit + format.pixels() + 7) >>> 3) - firstByte);
      byte[] data = source.read(layout.valueOffset() + firstByte, span);
      return NativePixels.toProcessor(data, 0, firstBit & 7, format, false, palette);
    }
    int n = (int) format.frameBytes();
    byte[] data = source.read(layout.valueOffset() + (long) index * n, n);
    return NativePixels.toProcessor(data, 0, 0, format, syntax.bigEndian(), palette);
  }

  private ImageProcessor decodeEncapsulated(int index) throws IOException {
    byte[] data = frameBytes(index);
    requirePlausibleSize(data.length);
    switch (syntax.codec()) {
      case RLE -> {
        byte[] nativeBytes = RleDecoder.decode(data, format);
        PixelFormat interleaved = new PixelFormat(format.rows(), format.columns(), 1,
            format.samplesPerPixel(), format.bitsAllocated(), format.bitsStored(), format.highBit(),
            format.signed(), "YBR_FULL_422".equals(format.photometric()) ? "YBR_FULL" : format.photometric(), 0);
        return NativePixels.toProcessor(nativeBytes, 0, 0, interleaved, false, palette);
      }
      default -> {
        requireEndMarker(data, syntax.codec());
        if (syntax.codec() == TransferSyntaxes.Codec.JPEG_LS) {
          return JpegLsFrames.decode(data, format, palette);
        }
        if (format.isPalette()) {
          int[] idx = CodecFrames.decodeIndices(data, syntax.codec(), format);
          int[] rgb = new int[idx.length];
          for (int i = 0; i < idx.length; i++) {
            rgb[i] = palette.rgb(idx[i]);
          }
          return new ColorProcessor(format.columns(), format.rows(), rgb);
        }
        return CodecFrames.decode(data, syntax.codec(), format);
      }
    }
  }

  /**
   * A decoded frame larger than {@value #MAX_EXPANSION} times its compressed bytes (plus 16 MiB)
   * is refused before decoding, as is one larger than a quarter of the heap: a few bytes must not
   * make a decoder allocate gigabytes. RLE cannot expand more than 64 times; lossless JPEG of a
   * blank frame stays well inside this.
   */
  private void requirePlausibleSize(int compressed) throws IOException {
    long decoded = (long) format.pixels() * format.samplesPerPixel() * Math.max(1, format.bitsAllocated() / 8);
    if (decoded > (long) MAX_EXPANSION * compressed + (16L << 20)) {
      throw new IOException("a compressed frame of " + compressed + " bytes cannot hold a " + format.columns()
          + " x " + format.rows() + " frame");
    }
    if (decoded > Runtime.getRuntime().maxMemory() / 4) {
      throw new IOException("a " + format.columns() + " x " + format.rows() + " frame needs " + (decoded >> 20)
          + " MB, more than a quarter of the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap");
    }
  }

  /**
   * A JPEG, JPEG-LS or JPEG 2000 frame reaches its end-of-image marker (any padding may follow
   * it; see {@link CodestreamEnd}). Without it the frame was cut short, and a progressive JPEG
   * 2000 decoder would return a degraded image without complaint.
   */
  private static void requireEndMarker(byte[] data, TransferSyntaxes.Codec codec) throws IOException {
    if (!CodestreamEnd.isComplete(data, codec)) {
      throw new IOException("the compressed frame has no end-of-image marker: it is cut short");
    }
  }

  /** The compressed bytes of one frame: its fragments, concatenated. */
  public byte[] frameBytes(int index) throws IOException {
    int from = firstFragment[index];
    int to = firstFragment[index + 1];
    long total = 0;
    for (int k = from; k < to; k++) {
      total += layout.fragmentLength(k);
    }
    if (total > PixelFormat.MAX_FRAME_BYTES) {
      throw new IOException("compressed frame of " + total + " bytes");
    }
    byte[] out = new byte[(int) total];
    int at = 0;
    for (int k = from; k < to; k++) {
      source.read(layout.fragmentOffset(k), out, at, layout.fragmentLength(k));
      at += layout.fragmentLength(k);
    }
    return out;
  }

  private int[] mapFragments() throws BadScanException {
    int frames = format.frames();
    int fragments = layout.fragmentCount();
    if (fragments < frames) {
      throw new BadScanException(file, "Pixel Data holds " + fragments + " fragment(s) for " + frames
          + " frames: frames are missing");
    }
    int[] first = new int[frames + 1];
    first[frames] = fragments;
    if (frames == 1) {
      return first;
    }
    long[] bot = layout.basicOffsetTable();
    if (bot.length == frames) {
      return byOffsetTable(bot, first);
    }
    if (fragments == frames) {
      for (int i = 0; i < frames; i++) {
        first[i] = i;
      }
      return first;
    }
    return byStartMarkers(first);
  }

  private int[] byOffsetTable(long[] bot, int[] first) throws BadScanException {
    long base = layout.fragmentOffset(0) - 8;
    int k = 0;
    for (int i = 0; i < bot.length; i++) {
      while (k < layout.fragmentCount() && layout.fragmentOffset(k) - 8 - base < bot[i]) {
        k++;
      }
      if (k >= layout.fragmentCount() || layout.fragmentOffset(k) - 8 - base != bot[i]) {
        throw new BadScanException(file, "Basic Offset Table entry " + i + " (" + bot[i]
            + ") does not point at a fragment");
      }
      first[i] = k;
    }
    return first;
  }

  private int[] byStartMarkers(int[] first) throws BadScanException {
    int frames = format.frames();
    int n = 0;
    try {
      for (int k = 0; k < layout.fragmentCount() && n <= frames; k++) {
        byte[] head = source.read(layout.fragmentOffset(k), Math.min(2, layout.fragmentLength(k)));
        boolean starts = head.length == 2 && (head[0] & 0xFF) == 0xFF
            && ((head[1] & 0xFF) == 0xD8 || (head[1] & 0xFF) == 0x4F);
        if (starts || k == 0) {
          if (n < frames) {
            first[n] = k;
          }
          n++;
        }
      }
    } catch (IOException e) {
      throw new BadScanException(file, "cannot read pixel fragments: " + e.getMessage(), e);
    }
    if (n != frames) {
      throw new BadScanException(file, layout.fragmentCount() + " fragments hold " + n
          + " frame(s) by their start markers, the header says " + frames);
    }
    return first;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public String toString() {
    return file + ": " + format.frames() + " frame(s) of " + format.columns() + " x " + format.rows() + ", " + layout;
  }
}
