package org.injectplan.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FloatDoubleAttribute;
import com.pixelmed.dicom.FloatSingleAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Typed, tolerant reads from a PixelMed attribute list: absent or unreadable values are empty,
 * never a silent 0; numeric strings are parsed as scanners write them (padding, a stray
 * trailing letter as in an Integer String of "1A").
 */
public final class Header {
  private final AttributeList list;

  public Header(AttributeList list) {
    this.list = list;
  }

  public AttributeList attributes() {
    return list;
  }

  public boolean has(AttributeTag tag) {
    Attribute a = list.get(tag);
    return a != null && a.getVL() > 0;
  }

  /** The first value as text, trimmed; empty when absent or blank. */
  public Optional<String> string(AttributeTag tag) {
    Attribute a = list.get(tag);
    if (a == null) {
      return Optional.empty();
    }
    String s = a.getSingleStringValueOrEmptyString();
    if (s == null || s.isBlank()) {
      try {
        String[] all = a.getStringValues();
        s = all != null && all.length > 0 ? all[0] : null;
      } catch (DicomException e) {
        s = null;
      }
    }
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  /** All values as text (the backslash-separated values of a string attribute). */
  public List<String> strings(AttributeTag tag) {
    Attribute a = list.get(tag);
    if (a == null) {
      return List.of();
    }
    try {
      String[] all = a.getStringValues();
      List<String> out = new ArrayList<>();
      if (all != null) {
        for (String s : all) {
          out.add(s == null ? "" : s.trim());
        }
      }
      return out;
    } catch (DicomException e) {
      return List.of();
    }
  }

  /** The first value as an integer: binary (US, SS, UL, SL) or text (IS), read tolerantly. */
  public OptionalInt integer(AttributeTag tag) {
    return integer(tag, 0);
  }

  public OptionalInt integer(AttributeTag tag, int index) {
    List<String> values = strings(tag);
    if (index >= values.size()) {
      return OptionalInt.empty();
    }
    return leadingInteger(values.get(index));
  }

  /** The first value as a decimal: binary (FD, FL) or text (DS). */
  public OptionalDouble decimal(AttributeTag tag) {
    return decimal(tag, 0);
  }

  public OptionalDouble decimal(AttributeTag tag, int index) {
    Attribute a = list.get(tag);
    if (a instanceof FloatDoubleAttribute || a instanceof FloatSingleAttribute) {
      // Binary floats: PixelMed's text form of them is rounded, so read the numbers themselves.
      try {
        double[] v = a.getDoubleValues();
        return v != null && index < v.length && Double.isFinite(v[index])
            ? OptionalDouble.of(v[index]) : OptionalDouble.empty();
      } catch (DicomException e) {
        return OptionalDouble.empty();
      }
    }
    List<String> values = strings(tag);
    if (index >= values.size()) {
      return OptionalDouble.empty();
    }
    try {
      double v = Double.parseDouble(values.get(index).trim());
      return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** The 16-bit words of an OW or US value (e.g. palette data). */
  public Optional<short[]> words(AttributeTag tag) {
    Attribute a = list.get(tag);
    if (a == null || a.getVL() == 0) {
      return Optional.empty();
    }
    try {
      short[] w = a.getShortValues();
      return Optional.ofNullable(w);
    } catch (DicomException e) {
      return Optional.empty();
    }
  }

  /** The items of a sequence, each as a header of its own. */
  public List<Header> items(AttributeTag tag) {
    Attribute a = list.get(tag);
    if (!(a instanceof SequenceAttribute seq)) {
      return List.of();
    }
    List<Header> out = new ArrayList<>();
    for (int i = 0; i < seq.getNumberOfItems(); i++) {
      out.add(new Header(seq.getItem(i).getAttributeList()));
    }
    return out;
  }

  /** Leading optional sign and digits, the rest ignored: "1A" is 1, " 12 " is 12, "A1" nothing. */
  static OptionalInt leadingInteger(String s) {
    String t = s.trim();
    int end = 0;
    if (end < t.length() && (t.charAt(end) == '+' || t.charAt(end) == '-')) {
      end++;
    }
    int digitsFrom = end;
    while (end < t.length() && Character.isDigit(t.charAt(end))) {
      end++;
    }
    if (end == digitsFrom) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(t.substring(0, end)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
