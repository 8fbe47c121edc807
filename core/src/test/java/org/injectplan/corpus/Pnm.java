package org.injectplan.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads binary 8-bit PPM (P6) files, as dcmtk and our pydicom script write them. */
final class Pnm {
  private Pnm() {
  }

  static int[] readRgb(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    int[] pos = {0};
    String magic = token(b, pos);
    if (!"P6".equals(magic)) {
      throw new IOException(file + ": not a binary PPM (" + magic + ")");
    }
    int w = Integer.parseInt(token(b, pos));
    int h = Integer.parseInt(token(b, pos));
    int max = Integer.parseInt(token(b, pos));
    if (max != 255) {
      throw new IOException(file + ": maxval " + max);
    }
    int p = pos[0] + 1;
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++, p += 3) {
      rgb[i] = (b[p] & 0xFF) << 16 | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF);
    }
    return rgb;
  }

  private static String token(byte[] b, int[] pos) {
    int p = pos[0];
    while (Character.isWhitespace(b[p]) || b[p] == '#') {
      if (b[p] == '#') {
        while (b[p] != '\n') {
          p++;
        }
      }
      p++;
    }
    int start = p;
    while (!Character.isWhitespace(b[p])) {
      p++;
    }
    pos[0] = p;
    return new String(b, start, p - start, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
