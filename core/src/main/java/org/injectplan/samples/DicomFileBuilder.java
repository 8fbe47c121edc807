package org.injectplan.samples;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.injectplan.dicom.DicomTags;

/**
 * Builds one DICOM data set with PixelMed, each attribute's VR from the dictionary, and writes it
 * as a Part 10 file in Explicit VR Little Endian. Decimal strings are formatted here (not by
 * PixelMed) so that the value in the file is exactly the one the generator used. The file meta
 * information names PixelMed's implementation (fixed for a given PixelMed version).
 */
final class DicomFileBuilder {
  private final AttributeList list = new AttributeList();

  /** Adds (or replaces) a text or numeric attribute with the given values. */
  DicomFileBuilder put(AttributeTag tag, String... values) {
    try {
      Attribute a = AttributeFactory.newAttribute(tag);
      for (String v : values) {
        a.addValue(v);
      }
      list.put(a);
      return this;
    } catch (DicomException e) {
      throw new IllegalArgumentException("cannot make " + tag + ": " + e.getMessage(), e);
    }
  }

  /** A type 2 attribute present with no value. */
  DicomFileBuilder empty(AttributeTag tag) {
    return put(tag);
  }

  /** Binary numeric values (FD, US, UL, SL) from doubles, exactly. */
  DicomFileBuilder numbers(AttributeTag tag, double... values) {
    try {
      Attribute a = AttributeFactory.newAttribute(tag);
      for (double v : values) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !isFloat(a)) {
          a.addValue((long) v);
        } else {
          a.addValue(v);
        }
      }
      list.put(a);
      return this;
    } catch (DicomException e) {
      throw new IllegalArgumentException("cannot make " + tag + ": " + e.getMessage(), e);
    }
  }

  private static boolean isFloat(Attribute a) {
    String vr = new String(a.getVR(), java.nio.charset.StandardCharsets.US_ASCII);
    return vr.equals("FD") || vr.equals("FL");
  }

  /** A decimal string as written: the shortest of up to 6 decimals; use {@link #ds} to read it back. */
  DicomFileBuilder decimal(AttributeTag tag, double... values) {
    String[] s = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      s[i] = dsText(values[i]);
    }
    return put(tag, s);
  }

  /** The text a DS of {@code v} gets: at most 6 decimals, trailing zeros dropped. */
  static String dsText(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** The value a DS of {@code v} holds once written: what a reader gets back. */
  static double ds(double v) {
    return Double.parseDouble(dsText(v));
  }

  DicomFileBuilder tagPointer(AttributeTag tag, AttributeTag value) {
    try {
      AttributeTagAttribute a = new AttributeTagAttribute(tag);
      a.addValue(value);
      list.put(a);
      return this;
    } catch (DicomException e) {
      throw new IllegalArgumentException("cannot make " + tag, e);
    }
  }

  DicomFileBuilder sequence(AttributeTag tag, List<DicomFileBuilder> items) {
    SequenceAttribute s = new SequenceAttribute(tag);
    for (DicomFileBuilder item : items) {
      s.addItem(item.list);
    }
    list.put(s);
    return this;
  }

  DicomFileBuilder pixels8(byte[] pixels) {
    try {
      OtherByteAttribute a = new OtherByteAttribute(DicomTags.PIXEL_DATA);
      a.setValues(pixels);
      list.put(a);
      return this;
    } catch (DicomException e) {
      throw new IllegalArgumentException("cannot store pixel data", e);
    }
  }

  DicomFileBuilder pixels16(short[] pixels) {
    try {
      OtherWordAttribute a = new OtherWordAttribute(DicomTags.PIXEL_DATA);
      a.setValues(pixels);
      list.put(a);
      return this;
    } catch (DicomException e) {
      throw new IllegalArgumentException("cannot store pixel data", e);
    }
  }

  /** Writes the Part 10 file: preamble, file meta information, the data set. */
  void write(OutputStream out) throws IOException {
    try {
      String sopClass = Attribute.getSingleStringValueOrEmptyString(list, DicomTags.SOP_CLASS_UID);
      String sopInstance = Attribute.getSingleStringValueOrEmptyString(list, DicomTags.SOP_INSTANCE_UID);
      FileMetaInformation.addFileMetaInformation(list, sopClass, sopInstance,
          TransferSyntax.ExplicitVRLittleEndian, "INJECTPLAN");
      list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
    } catch (DicomException e) {
      throw new IOException("cannot write DICOM: " + e.getMessage(), e);
    }
  }
}
