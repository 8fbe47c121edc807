package org.injectplan.samples;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed 5x7 pixel font for the text a scanner burns into its frames. Our own glyphs, not the
 * platform's fonts, so that the pixels are the same on every machine and JDK.
 */
final class BitmapFont {
  static final int GLYPH_WIDTH = 5;
  static final int GLYPH_HEIGHT = 7;
  static final int ADVANCE = 6;
  private static final Map<Character, int[]> GLYPHS = new HashMap<>();

  static {
    g('0', "01110 10001 10011 10101 11001 10001 01110");
    g('1', "00100 01100 00100 00100 00100 00100 01110");
    g('2', "01110 10001 00001 00010 00100 01000 11111");
    g('3', "11110 00001 00001 01110 00001 00001 11110");
    g('4', "00010 00110 01010 10010 11111 00010 00010");
    g('5', "11111 10000 11110 00001 00001 10001 01110");
    g('6', "00110 01000 10000 11110 10001 10001 01110");
    g('7', "11111 00001 00010 00100 01000 01000 01000");
    g('8', "01110 10001 10001 01110 10001 10001 01110");
    g('9', "01110 10001 10001 01111 00001 00010 01100");
    g('A', "01110 10001 10001 11111 10001 10001 10001");
    g('B', "11110 10001 10001 11110 10001 10001 11110");
    g('C', "01110 10001 10000 10000 10000 10001 01110");
    g('D', "11100 10010 10001 10001 10001 10010 11100");
    g('E', "11111 10000 10000 11110 10000 10000 11111");
    g('F', "11111 10000 10000 11110 10000 10000 10000");
    g('G', "01110 10001 10000 10111 10001 10001 01111");
    g('H', "10001 10001 10001 11111 10001 10001 10001");
    g('I', "01110 00100 00100 00100 00100 00100 01110");
    g('J', "00111 00010 00010 00010 00010 10010 01100");
    g('K', "10001 10010 10100 11000 10100 10010 10001");
    g('L', "10000 10000 10000 10000 10000 10000 11111");
    g('M', "10001 11011 10101 10101 10001 10001 10001");
    g('N', "10001 10001 11001 10101 10011 10001 10001");
    g('O', "01110 10001 10001 10001 10001 10001 01110");
    g('P', "11110 10001 10001 11110 10000 10000 10000");
    g('Q', "01110 10001 10001 10001 10101 10010 01101");
    g('R', "11110 10001 10001 11110 10100 10010 10001");
    g('S', "01111 10000 10000 01110 00001 00001 11110");
    g('T', "11111 00100 00100 00100 00100 00100 00100");
    g('U', "10001 10001 10001 10001 10001 10001 01110");
    g('V', "10001 10001 10001 10001 10001 01010 00100");
    g('W', "10001 10001 10001 10101 10101 10101 01010");
    g('X', "10001 10001 01010 00100 01010 10001 10001");
    g('Y', "10001 10001 10001 01010 00100 00100 00100");
    g('Z', "11111 00001 00010 00100 01000 10000 11111");
    g('.', "00000 00000 00000 00000 00000 01100 01100");
    g(':', "00000 01100 01100 00000 01100 01100 00000");
    g('-', "00000 00000 00000 11111 00000 00000 00000");
    g('+', "00000 00100 00100 11111 00100 00100 00000");
    g('/', "00000 00001 00010 00100 01000 10000 00000");
    g(' ', "00000 00000 00000 00000 00000 00000 00000");
  }

  private BitmapFont() {
  }

  private static void g(char c, String rows) {
    String[] r = rows.split(" ");
    int[] bits = new int[GLYPH_HEIGHT];
    for (int i = 0; i < GLYPH_HEIGHT; i++) {
      bits[i] = Integer.parseInt(r[i], 2);
    }
    GLYPHS.put(c, bits);
  }

  /** Width in pixels of {@code text} at scale 1. */
  static int width(String text) {
    return text.isEmpty() ? 0 : text.length() * ADVANCE - 1;
  }

  /**
   * Draws upper-cased {@code text} with its top-left corner at (x, y) into an 8-bit frame of
   * width {@code frameWidth}; pixels outside the frame are skipped.
   *
   * @throws IllegalArgumentException for a character the font lacks
   */
  static void draw(byte[] frame, int frameWidth, int x, int y, String text, int grey) {
    int frameHeight = frame.length / frameWidth;
    String upper = text.toUpperCase(Locale.ROOT);
    for (int k = 0; k < upper.length(); k++) {
      int[] bits = GLYPHS.get(upper.charAt(k));
      if (bits == null) {
        throw new IllegalArgumentException("no glyph for '" + upper.charAt(k) + "' in: " + text);
      }
      for (int row = 0; row < GLYPH_HEIGHT; row++) {
        for (int col = 0; col < GLYPH_WIDTH; col++) {
          if ((bits[row] >> (GLYPH_WIDTH - 1 - col) & 1) == 0) {
            continue;
          }
          int px = x + k * ADVANCE + col;
          int py = y + row;
          if (px >= 0 && px < frameWidth && py >= 0 && py < frameHeight) {
            frame[py * frameWidth + px] = (byte) grey;
          }
        }
      }
    }
  }
}
