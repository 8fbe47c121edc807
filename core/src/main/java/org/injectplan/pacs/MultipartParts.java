package org.injectplan.pacs;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/related} body (RFC 2046 5.1) part by part as it arrives, never holding
 * a part in memory: {@link #next} gives a part's headers, {@link #copyBody} streams its bytes up
 * to the next delimiter. The delimiter is found by Knuth–Morris–Pratt matching, so a body that
 * happens to contain a prefix of the delimiter is copied intact. A stream that ends before the
 * closing delimiter is an {@link EOFException}: the answer was cut short.
 */
final class MultipartParts {
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final int MAX_BOUNDARY_CHARS = 256;

  private final InputStream in;
  private final byte[] delimiter;
  private final int[] fail;
  private boolean started;
  private boolean inBody;
  private boolean finished;

  /** @param in the body, buffered by the caller */
  MultipartParts(InputStream in, String boundary) {
    // RFC 2046 allows 70 characters; Orthanc's are 72, so the limit here is only against abuse
    if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_CHARS) {
      throw new IllegalArgumentException("multipart boundary must be 1 to " + MAX_BOUNDARY_CHARS + " characters: "
          + boundary);
    }
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    this.fail = failure(delimiter);
  }

  /** The boundary parameter of a {@code multipart/related} Content-Type, if it is one. */
  static Optional<String> boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related")) {
      return Optional.empty();
    }
    for (String p : contentType.split(";")) {
      String[] kv = p.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("boundary")) {
        String v = kv[1].strip();
        return Optional.of(v.length() > 1 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1)
            : v);
      }
    }
    return Optional.empty();
  }

  /** The next part's headers (names in lower case), or empty after the closing delimiter. */
  Optional<Map<String, String>> next() throws IOException {
    if (finished) {
      return Optional.empty();
    }
    if (inBody) {
      copyBody(OutputStream.nullOutputStream());
    } else if (!started) {
      skipPreamble();
    }
    started = true;
    int a = read();
    int b = read();
    if (a == '-' && b == '-') {
      finished = true;
      return Optional.empty();
    }
    while (a == ' ' || a == '\t') { // transport padding after the delimiter
      a = b;
      b = read();
    }
    if (a != '\r' || b != '\n') {
      throw new IOException("malformed multipart answer: no line end after a boundary");
    }
    inBody = true;
    return Optional.of(headers());
  }

  /** Copies the current part's body to {@code out}; returns the bytes copied. */
  long copyBody(OutputStream out) throws IOException {
    if (!inBody) {
      throw new IllegalStateException("no part is open");
    }
    inBody = false;
    return scanToDelimiter(out);
  }

  /** The body may start with the delimiter without its leading line end: matched as if it had one. */
  private void skipPreamble() throws IOException {
    int k = 2; // "\r\n" of the first delimiter is implied
    while (k < delimiter.length) {
      int c = read();
      while (k > 0 && c != delimiter[k]) {
        k = fail[k - 1];
      }
      if (c == delimiter[k]) {
        k++;
      }
    }
  }

  private long scanToDelimiter(OutputStream out) throws IOException {
    long n = 0;
    int k = 0;
    while (k < delimiter.length) {
      int c = read();
      while (k > 0 && c != delimiter[k]) {
        int kept = fail[k - 1];
        out.write(delimiter, 0, k - kept); // these bytes cannot start the delimiter any more
        n += k - kept;
        k = kept;
      }
      if (c == delimiter[k]) {
        k++;
      } else {
        out.write(c);
        n++;
      }
    }
    return n;
  }

  private Map<String, String> headers() throws IOException {
    Map<String, String> h = new LinkedHashMap<>();
    StringBuilder line = new StringBuilder();
    int total = 0;
    while (true) {
      int c = read();
      if (++total > MAX_HEADER_BYTES) {
        throw new IOException("malformed multipart answer: part headers longer than " + MAX_HEADER_BYTES + " bytes");
      }
      if (c != '\n') {
        line.append((char) c);
        continue;
      }
      String l = line.toString().strip();
      line.setLength(0);
      if (l.isEmpty()) {
        return h;
      }
      int colon = l.indexOf(':');
      if (colon > 0) {
        h.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
      }
    }
  }

  private int read() throws IOException {
    int c = in.read();
    if (c < 0) {
      throw new EOFException("the answer ended before its last part (the connection was closed mid-transfer)");
    }
    return c;
  }

  private static int[] failure(byte[] p) {
    int[] f = new int[p.length];
    for (int i = 1, k = 0; i < p.length; i++) {
      while (k > 0 && p[i] != p[k]) {
        k = f[k - 1];
      }
      if (p[i] == p[k]) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }
}
