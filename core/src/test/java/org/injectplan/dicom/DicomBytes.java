package org.injectplan.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds DICOM bytes by hand (explicit VR little endian), for structure tests. */
final class DicomBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  DicomBytes preamble() {
    out.writeBytes(new byte[128]);
    out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  DicomBytes meta(String transferSyntax) {
    return string(0x0002, 0x0010, "UI", transferSyntax);
  }

  DicomBytes string(int group, int element, String vr, String value) {
    byte[] v = value.getBytes(StandardCharsets.US_ASCII);
    if (v.length % 2 == 1) {
      v = java.util.Arrays.copyOf(v, v.length + 1);
    }
    return element(group, element, vr, v);
  }

  DicomBytes us(int group, int element, int value) {
    return element(group, element, "US", new byte[] {(byte) value, (byte) (value >> 8)});
  }

  /** An element with a short (2-byte) or long (4-byte) length by its VR. */
  DicomBytes element(int group, int element, String vr, byte[] value) {
    header(group, element, vr, value.length);
    out.writeBytes(value);
    return this;
  }

  /** Only the header, with any declared length (for lies about lengths). */
  DicomBytes header(int group, int element, String vr, long length) {
    tag(group, element);
    out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
    if (java.util.Set.of("OB", "OW", "SQ", "UN", "UT", "OF").contains(vr)) {
      out.write(0);
      out.write(0);
      int32(length);
    } else {
      out.write((int) length & 0xFF);
      out.write((int) (length >> 8) & 0xFF);
    }
    return this;
  }

  DicomBytes item(long length) {
    tag(0xFFFE, 0xE000);
    int32(length);
    return this;
  }

  DicomBytes itemDelimiter() {
    tag(0xFFFE, 0xE00D);
    int32(0);
    return this;
  }

  DicomBytes sequenceDelimiter() {
    tag(0xFFFE, 0xE0DD);
    int32(0);
    return this;
  }

  DicomBytes raw(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  /** A minimal 8-bit monochrome image header of the given size and frame count. */
  DicomBytes image(int rows, int columns, int frames) {
    string(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.6.1");
    string(0x0008, 0x0060, "CS", "US");
    us(0x0028, 0x0002, 1);
    string(0x0028, 0x0004, "CS", "MONOCHROME2");
    string(0x0028, 0x0008, "IS", String.valueOf(frames));
    us(0x0028, 0x0010, rows);
    us(0x0028, 0x0011, columns);
    us(0x0028, 0x0100, 8);
    us(0x0028, 0x0101, 8);
    us(0x0028, 0x0102, 7);
    return us(0x0028, 0x0103, 0);
  }

  private void tag(int group, int element) {
    out.write(group & 0xFF);
    out.write(group >> 8);
    out.write(element & 0xFF);
    out.write(element >> 8);
  }

  private void int32(long v) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >> (8 * i)) & 0xFF);
    }
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
