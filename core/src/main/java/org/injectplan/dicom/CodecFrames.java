package org.injectplan.dicom;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import com.pixelmed.imageio.JPEGLosslessImageReaderSpi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Compressed frames decoded through ImageIO readers: the JDK's JPEG reader for baseline and
 * extended JPEG, PixelMed's reader for JPEG lossless, jai-imageio's for JPEG 2000. Readers are
 * created directly from their service providers (not looked up through the thread's context
 * class loader, which inside ImageJ's plugin class loader does not see the plugin's jars), one
 * a thread so that frames decode in parallel; JPEG 2000 a new one a frame, on a worker thread
 * with a time limit that ends it on any Java version.
 */
final class CodecFrames {
  static {
    QuietImageIo.install();
  }


  private static final ThreadLocal<ImageReader> JPEG = ThreadLocal.withInitial(
      () -> reader(CodecFrames::jdkJpegReader, "JPEG"));
  private static final ThreadLocal<ImageReader> JPEG_LOSSLESS = ThreadLocal.withInitial(
      () -> reader(CodecFrames::losslessReader, "JPEG lossless"));
  /** A JPEG 2000 frame must decode within this, plus 10 ms per compressed kilobyte. */
  static final long JPEG_2000_BASE_LIMIT_MS = 5_000;
  /** The name of the threads that decode JPEG 2000 frames. */
  static final String JPEG_2000_THREAD = "jpeg2000-decoder";

  private CodecFrames() {
  }

  /** Whether a JPEG 2000 decoder is available to this class loader. */
  static boolean canDecodeJpeg2000() {
    return jpeg2000Reader().isPresent();
  }

  static ImageProcessor decode(byte[] frame, TransferSyntaxes.Codec codec, PixelFormat f) throws IOException {
    Raster raster = raster(frame, codec, f.columns(), f.rows());
    boolean ycc = switch (codec) {
      case JPEG_DCT -> raster.getNumBands() == 3 && JpegMarkers.isYcc(frame, f.photometric());
      case JPEG_LOSSLESS -> "YBR_FULL".equals(f.photometric());
      default -> false; // JPEG 2000 undoes its own component transform (YBR_RCT, YBR_ICT)
    };
    return toProcessor(raster, f, ycc);
  }

  /** The decoded components of a frame, before any colour conversion. */
  private static Raster raster(byte[] frame, TransferSyntaxes.Codec codec, int expectedColumns,
      int expectedRows) throws IOException {
    return switch (codec) {
      case JPEG_DCT -> read(JPEG.get(), frame, codec, expectedColumns, expectedRows);
      case JPEG_LOSSLESS -> read(JPEG_LOSSLESS.get(), frame, codec, expectedColumns, expectedRows);
      case JPEG_2000 -> jpeg2000(frame, expectedColumns, expectedRows);
      default -> throw new IllegalArgumentException("not an ImageIO codec: " + codec);
    };
  }

  private static Raster read(ImageReader r, byte[] frame, TransferSyntaxes.Codec codec, int expectedColumns,
      int expectedRows) throws IOException {
    return read(r, new ByteArrayImageInputStream(frame), codec, expectedColumns, expectedRows);
  }

  private static Raster read(ImageReader r, ImageInputStream stream, TransferSyntaxes.Codec codec,
      int expectedColumns, int expectedRows) throws IOException {
    try (ImageInputStream in = stream) {
      r.setInput(in, true, true);
      int w = r.getWidth(0);
      int h = r.getHeight(0);
      if (w != expectedColumns || h != expectedRows) {
        // checked before the decoder allocates anything of the size the stream claims
        throw new IOException("the compressed frame is " + w + " x " + h + ", the header says "
            + expectedColumns + " x " + expectedRows);
      }
      // Raw components for DCT JPEG: the conversion is ours, to follow the IJG rule exactly.
      return codec == TransferSyntaxes.Codec.JPEG_DCT ? r.readRaster(0, null) : r.read(0).getRaster();
    } finally {
      // Only the JDK reader is reset: PixelMed's prints "reset()" on stderr and jai-imageio's
      // JPEG 2000 reader throws from it. The next setInput replaces the stream either way.
      if (codec == TransferSyntaxes.Codec.JPEG_DCT) {
        r.reset();
      }
    }
  }

  /**
   * JPEG 2000 with a time limit: jai-imageio's decoder (JJ2000) can loop forever on a damaged
   * packet header (found by fuzzing) without reading its input. {@link Jpeg2000Packets} refuses
   * the damage that causes the loops known; for any other, the decoder reads a
   * {@link GuardedImageInputStream} that fails once the time limit has passed, so that a loop
   * that reads ends its own thread (see {@link TimeLimitedDecode}).
   */
  private static Raster jpeg2000(byte[] frame, int expectedColumns, int expectedRows) throws IOException {
    ImageReader r = jpeg2000Reader().orElseThrow(() -> new IOException("no JPEG 2000 decoder is available"));
    Jpeg2000Packets.check(frame);
    long limitMs = JPEG_2000_BASE_LIMIT_MS + frame.length / 100;
    return TimeLimitedDecode.run(JPEG_2000_THREAD, frame, limitMs,
        in -> read(r, in, TransferSyntaxes.Codec.JPEG_2000, expectedColumns, expectedRows));
  }

  private static ImageProcessor toProcessor(Raster raster, PixelFormat f, boolean ycc) throws IOException {
    int w = raster.getWidth();
    int h = raster.getHeight();
    if (w != f.columns() || h != f.rows()) {
      throw new IOException("decoded frame is " + w + " x " + h + ", the header says " + f.columns()
          + " x " + f.rows());
    }
    int bands = raster.getNumBands();
    byte[] packed = packedBytes(raster);
    if (packed != null && bands == 1 && f.bitsAllocated() <= 8 && f.bitsStored() == 8) {
      return new ByteProcessor(w, h, packed);
    }
    if (packed != null && bands == 3) {
      return colour(packed, w, h, ycc);
    }
    int[] s = raster.getPixels(raster.getMinX(), raster.getMinY(), w, h, (int[]) null);
    if (bands == 3) {
      return colour(s, w, h, ycc);
    }
    if (bands != 1) {
      throw new IOException("decoded frame has " + bands + " components");
    }
    return grey(s, f, w, h);
  }

  /** Three 8-bit samples per pixel, packed in band order. */
  private static ColorProcessor colour(byte[] packed, int w, int h, boolean ycc) {
    int[] rgb = new int[w * h];
    for (int i = 0, p = 0; i < rgb.length; i++, p += 3) {
      rgb[i] = rgb(packed[p] & 0xFF, packed[p + 1] & 0xFF, packed[p + 2] & 0xFF, ycc);
    }
    return new ColorProcessor(w, h, rgb);
  }

  /** Three samples per pixel, as the raster gives them (their low 8 bits). */
  private static ColorProcessor colour(int[] s, int w, int h, boolean ycc) {
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = rgb(s[3 * i] & 0xFF, s[3 * i + 1] & 0xFF, s[3 * i + 2] & 0xFF, ycc);
    }
    return new ColorProcessor(w, h, rgb);
  }

  private static int rgb(int a, int b, int c, boolean ycc) {
    return ycc ? YbrConversion.toRgb(a, b, c) : a << 16 | b << 8 | c;
  }

  /** One sample per pixel, its stored bits kept: 8 or 16 bits allocated. */
  private static ImageProcessor grey(int[] s, PixelFormat f, int w, int h) throws IOException {
    if (f.bitsAllocated() > 16) {
      throw new IOException("compressed frames of " + f.bitsAllocated() + " bits are not supported");
    }
    int n = w * h;
    int mask = (1 << f.bitsStored()) - 1;
    if (f.bitsAllocated() <= 8) {
      byte[] px = new byte[n];
      for (int i = 0; i < n; i++) {
        px[i] = (byte) (s[i] & mask);
      }
      return new ByteProcessor(w, h, px);
    }
    short[] px = new short[n];
    for (int i = 0; i < n; i++) {
      px[i] = (short) (s[i] & mask);
    }
    return new ShortProcessor(w, h, px, null);
  }

  /**
   * The samples of a byte raster whose samples lie packed in band order (pixel interleaved, no
   * padding), as one array without copying; null for any other layout.
   */
  private static byte[] packedBytes(Raster raster) {
    if (!(raster.getDataBuffer() instanceof DataBufferByte db) || db.getNumBanks() != 1
        || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
        || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
      return null;
    }
    int bands = raster.getNumBands();
    int[] offsets = sm.getBandOffsets();
    for (int b = 0; b < bands; b++) {
      if (offsets[b] != b) {
        return null;
      }
    }
    byte[] data = db.getData();
    int needed = raster.getWidth() * raster.getHeight() * bands;
    boolean packed = sm.getPixelStride() == bands && sm.getScanlineStride() == raster.getWidth() * bands
        && db.getOffset() == 0 && data.length == needed;
    return packed ? data : null;
  }

  /** Stored indices of a compressed PALETTE COLOR frame (one component). */
  static int[] decodeIndices(byte[] frame, TransferSyntaxes.Codec codec, PixelFormat f) throws IOException {
    Raster raster = raster(frame, codec, f.columns(), f.rows());
    if (raster.getWidth() != f.columns() || raster.getHeight() != f.rows() || raster.getNumBands() != 1) {
      throw new IOException("decoded palette frame does not match the header");
    }
    return raster.getPixels(raster.getMinX(), raster.getMinY(), f.columns(), f.rows(), (int[]) null);
  }

  private static ImageReader reader(Supplier<ImageReader> make, String what) {
    ImageReader r = make.get();
    if (r == null) {
      throw new IllegalStateException("no " + what + " ImageIO reader");
    }
    return r;
  }

  private static ImageReader jdkJpegReader() {
    ImageReader fallback = null;
    for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext();) {
      ImageReader r = it.next();
      if (r.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg")) {
        return r;
      }
      fallback = fallback == null ? r : fallback;
    }
    return fallback;
  }

  private static ImageReader losslessReader() {
    try {
      return new JPEGLosslessImageReaderSpi().createReaderInstance();
    } catch (IOException e) {
      throw new IllegalStateException("PixelMed's JPEG lossless reader cannot be created", e);
    }
  }

  private static Optional<ImageReader> jpeg2000Reader() {
    try {
      return Optional.of(new J2KImageReaderSpi().createReaderInstance());
    } catch (IOException | LinkageError e) {
      return Optional.empty();
    }
  }
}
