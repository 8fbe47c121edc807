package org.injectplan.bench;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.injectplan.dicom.DicomTags;

/**
 * A greyscale ultrasound multi-frame cine for benchmarks and tests: speckle-like texture with
 * a dark pocket that moves from frame to frame, stored uncompressed or as JPEG baseline (one
 * fragment a frame, as scanners write). Deterministic for a seed, UIDs included.
 */
public final class SyntheticCine {
  private static final String US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1";
  private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
  private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

  /** How the frames are stored. */
  public enum Storage { NATIVE, JPEG_BASELINE }

  /** What to make. */
  public record Spec(int frames, int columns, int rows, Storage storage, long seed) {
    public Spec {
      if (frames < 1 || columns < 8 || rows < 8) {
        throw new IllegalArgumentException("frames >= 1 and a frame of at least 8 x 8: " + frames + ", "
            + columns + " x " + rows);
      }
      if ((long) frames * columns * rows > (1L << 31) - 16 && storage == Storage.NATIVE) {
        throw new IllegalArgumentException("a native cine must stay under 2 GiB");
      }
    }
  }

  private SyntheticCine() {
  }

  public static void write(Spec spec, Path out) throws IOException {
    try {
      AttributeList list = header(spec);
      byte[][] frames = new byte[spec.frames()][];
      for (int i = 0; i < spec.frames(); i++) {
        byte[] pixels = frame(spec, i);
        frames[i] = spec.storage() == Storage.JPEG_BASELINE ? jpeg(pixels, spec.columns(), spec.rows()) : pixels;
      }
      String ts = spec.storage() == Storage.JPEG_BASELINE ? JPEG_BASELINE : EXPLICIT_LE;
      if (spec.storage() == Storage.JPEG_BASELINE) {
        list.put(new OtherByteAttributeMultipleCompressedFrames(DicomTags.PIXEL_DATA, frames));
      } else {
        byte[] all = new byte[spec.frames() * spec.columns() * spec.rows()];
        for (int i = 0; i < frames.length; i++) {
          System.arraycopy(frames[i], 0, all, i * frames[i].length, frames[i].length);
        }
        Attribute px = new OtherByteAttribute(DicomTags.PIXEL_DATA);
        px.setValues(all);
        list.put(px);
      }
      FileMetaInformation.addFileMetaInformation(list, ts, "INJECTPLAN");
      list.write(out.toFile(), ts, true, true);
    } catch (DicomException e) {
      throw new IOException("cannot write the synthetic cine: " + e.getMessage(), e);
    }
  }

  private static AttributeList header(Spec s) throws DicomException {
    AttributeList l = new AttributeList();
    String root = "2.25." + new java.math.BigInteger(1, uuidBytes("cine-" + s));
    put(l, new UniqueIdentifierAttribute(DicomTags.SOP_CLASS_UID), US_MULTIFRAME);
    put(l, new UniqueIdentifierAttribute(DicomTags.SOP_INSTANCE_UID), root + ".3");
    put(l, new UniqueIdentifierAttribute(DicomTags.STUDY_INSTANCE_UID), root + ".1");
    put(l, new UniqueIdentifierAttribute(DicomTags.SERIES_INSTANCE_UID), root + ".2");
    put(l, new CodeStringAttribute(DicomTags.MODALITY), "US");
    put(l, new CodeStringAttribute(DicomTags.PHOTOMETRIC_INTERPRETATION), "MONOCHROME2");
    put(l, new UnsignedShortAttribute(DicomTags.SAMPLES_PER_PIXEL), 1);
    put(l, new UnsignedShortAttribute(DicomTags.ROWS), s.rows());
    put(l, new UnsignedShortAttribute(DicomTags.COLUMNS), s.columns());
    put(l, new UnsignedShortAttribute(DicomTags.BITS_ALLOCATED), 8);
    put(l, new UnsignedShortAttribute(DicomTags.BITS_STORED), 8);
    put(l, new UnsignedShortAttribute(DicomTags.HIGH_BIT), 7);
    put(l, new UnsignedShortAttribute(DicomTags.PIXEL_REPRESENTATION), 0);
    put(l, new IntegerStringAttribute(DicomTags.NUMBER_OF_FRAMES), s.frames());
    put(l, new DecimalStringAttribute(DicomTags.FRAME_TIME), "33.3");
    return l;
  }

  private static void put(AttributeList l, Attribute a, Object value) throws DicomException {
    if (value instanceof Integer i) {
      a.addValue(i);
    } else {
      a.addValue(value.toString());
    }
    l.put(a);
  }

  private static byte[] uuidBytes(String name) {
    UUID u = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
    b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return b.array();
  }

  /** Frame {@code i}: grainy tissue, brighter near the top, with a dark pocket drifting right. */
  static byte[] frame(Spec s, int i) {
    Random rnd = new Random(s.seed() * 1_000_003L + i);
    int w = s.columns();
    int h = s.rows();
    byte[] px = new byte[w * h];
    double cx = w * (0.35 + 0.3 * i / Math.max(1, s.frames() - 1));
    double cy = h * 0.55;
    double rx = w * 0.12;
    double ry = h * 0.08;
    for (int y = 0; y < h; y++) {
      double depthGain = 1.0 - 0.5 * y / h;
      for (int x = 0; x < w; x++) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        double echo = dx * dx + dy * dy < 1 ? 0.08 : 0.6 * depthGain;
        double speckle = Math.abs(rnd.nextGaussian() + rnd.nextGaussian() * 0.5);
        px[y * w + x] = (byte) Math.min(255, (int) (echo * speckle * 160));
      }
    }
    return px;
  }

  private static byte[] jpeg(byte[] pixels, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    System.arraycopy(pixels, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, pixels.length);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
    byte[] b = bytes.toByteArray();
    return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
  }

}
