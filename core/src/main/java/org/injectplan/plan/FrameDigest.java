package org.injectplan.plan;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests of what a plan was made on. The frame's digest is over its decoded pixels as
 * ImageJ holds them, row by row from the top-left: 8-bit one byte a pixel; 16-bit two bytes,
 * little-endian; RGB three bytes R, G, B; 32-bit the float's bits, four bytes little-endian;
 * preceded by the kind ("8", "16", "RGB", "32"), the width and the height as ASCII text, each
 * ended by a line feed. The same pixels give the same digest whatever the file's transfer syntax.
 */
public final class FrameDigest {
  private FrameDigest() {
  }

  /** SHA-256 of a file's bytes, 64 lower-case hex digits. */
  public static String ofFile(Path file) throws IOException {
    MessageDigest md = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0;) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** SHA-256 of a decoded frame's pixels (see the class comment). */
  public static String ofPixels(ImageProcessor ip) {
    MessageDigest md = sha256();
    String kind = ip instanceof ByteProcessor ? "8" : ip instanceof ShortProcessor ? "16"
        : ip instanceof ColorProcessor ? "RGB" : ip instanceof FloatProcessor ? "32" : null;
    if (kind == null) {
      throw new IllegalArgumentException("unknown pixel kind: " + ip.getClass().getName());
    }
    md.update((kind + "\n" + ip.getWidth() + "\n" + ip.getHeight() + "\n").getBytes(
        java.nio.charset.StandardCharsets.US_ASCII));
    int w = ip.getWidth();
    int h = ip.getHeight();
    ByteBuffer row = ByteBuffer.allocate(w * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int y = 0; y < h; y++) {
      row.clear();
      for (int x = 0; x < w; x++) {
        switch (kind) {
          case "8" -> row.put((byte) ip.get(x, y));
          case "16" -> row.putShort((short) ip.get(x, y));
          case "RGB" -> {
            int c = ip.get(x, y);
            row.put((byte) (c >> 16)).put((byte) (c >> 8)).put((byte) c);
          }
          default -> row.putInt(Float.floatToIntBits(ip.getf(x, y)));
        }
      }
      md.update(row.array(), 0, row.position());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
