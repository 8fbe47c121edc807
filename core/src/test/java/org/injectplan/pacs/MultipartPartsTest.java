package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The multipart reader against bodies built here, compared with the parts they were built from. */
class MultipartPartsTest {
  static final String B = "abc-123";

  static byte[] body(List<byte[]> parts, String preamble) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(preamble.getBytes(StandardCharsets.US_ASCII));
    for (byte[] p : parts) {
      out.writeBytes(("--" + B + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(p);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static List<byte[]> read(byte[] body) throws Exception {
    MultipartParts m = new MultipartParts(new ByteArrayInputStream(body), B);
    List<byte[]> parts = new ArrayList<>();
    for (Optional<Map<String, String>> h; (h = m.next()).isPresent(); ) {
      assertEquals("application/dicom", h.get().get("content-type"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.copyBody(out);
      parts.add(out.toByteArray());
    }
    return parts;
  }

  @Test
  void refusesACutBodyAndABadBoundary() {
    byte[] whole = body(List.of(new byte[1000]), "");
    byte[] cut = java.util.Arrays.copyOf(whole, 600);
    EOFException e = assertThrows(EOFException.class, () -> read(cut));
    assertTrue(e.getMessage().contains("closed mid-transfer"), e.getMessage());
    byte[] noClose = java.util.Arrays.copyOf(whole, whole.length - 4); // "--\r\n" of the close missing
    assertThrows(EOFException.class, () -> read(noClose));
    assertThrows(IllegalArgumentException.class, () -> new MultipartParts(new ByteArrayInputStream(whole), ""));
  }

  @Test
  void bodiesHoldingPiecesOfTheDelimiterComeBackIntact() throws Exception {
    byte[] tricky = ("x\r\n--abc-12\r\n--abc-1\r\r\n--abc-12\r\n-").getBytes(StandardCharsets.US_ASCII);
    Random random = new Random(20240115);
    byte[] noise = new byte[200_000];
    random.nextBytes(noise);
    List<byte[]> parts = List.of(tricky, new byte[0], noise, "\r\n-".getBytes(StandardCharsets.US_ASCII));
    List<byte[]> back = read(body(parts, "preamble to ignore\r\n"));
    assertEquals(parts.size(), back.size());
    for (int i = 0; i < parts.size(); i++) {
      assertArrayEquals(parts.get(i), back.get(i), "part " + i);
    }
  }

  @Test
  void readsTheBoundaryOfAContentType() {
    assertEquals(Optional.of("x y"), MultipartParts.boundary("multipart/related; type=\"application/dicom\"; "
        + "boundary=\"x y\""));
    assertEquals(Optional.of("13e2"), MultipartParts.boundary("Multipart/Related; boundary=13e2"));
    assertEquals(Optional.empty(), MultipartParts.boundary("application/dicom+json"));
  }
}
