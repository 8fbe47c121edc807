package org.injectplan.samples;

import java.util.List;
import java.util.Locale;

/**
 * Puts a region image into the full scanner frame with what a scanner burns in around it: text
 * lines above, the depth scale and the focus marker to the right, a probe orientation mark, all
 * outside the calibrated region (a segmentation must ignore them; a test checks they stay out).
 */
final class UsFrameComposer {
  private static final int TEXT_GREY = 220;
  private static final int MARK_GREY = 200;
  private final UsGeometry g;

  UsFrameComposer(UsGeometry g) {
    this.g = g;
  }

  /**
   * @param region the region's pixels, row by row
   * @param header the text lines above the region (at most three)
   * @param footer one line below the region
   */
  byte[] compose(byte[] region, List<String> header, String footer, double focalDepthMm) {
    if (region.length != g.regionColumns() * g.regionRows()) {
      throw new IllegalArgumentException("region holds " + region.length + " pixels, expected "
          + g.regionColumns() * g.regionRows());
    }
    if (header.size() > 3) {
      throw new IllegalArgumentException("at most three header lines fit above the region: " + header.size());
    }
    int fw = g.frameColumns();
    byte[] frame = new byte[fw * g.frameRows()];
    for (int y = 0; y < g.regionRows(); y++) {
      System.arraycopy(region, y * g.regionColumns(), frame, (g.regionY0() + y) * fw + g.regionX0(), g.regionColumns());
    }
    for (int i = 0; i < header.size(); i++) {
      BitmapFont.draw(frame, fw, 8, 6 + 10 * i, header.get(i), TEXT_GREY);
    }
    BitmapFont.draw(frame, fw, 8, g.regionY1() + 8, footer, TEXT_GREY);
    depthScale(frame);
    focusMarker(frame, focalDepthMm);
    orientationMark(frame);
    return frame;
  }

  /** Ticks every 5 mm, long ticks with a label every 10 mm, right of the region. */
  private void depthScale(byte[] frame) {
    int fw = g.frameColumns();
    int x = g.regionX1() + 4;
    for (int mm = 0; mm * 1.0 <= g.depthMm(); mm += 5) {
      int y = g.regionY0() + (int) Math.round(mm / g.mmPerPixel());
      if (y > g.regionY1()) {
        break;
      }
      int len = mm % 10 == 0 ? 8 : 4;
      for (int k = 0; k < len; k++) {
        frame[y * fw + x + k] = (byte) MARK_GREY;
      }
      if (mm % 10 == 0 && mm > 0) {
        BitmapFont.draw(frame, fw, x + 11, y - 3, String.format(Locale.ROOT, "%d", mm / 10), TEXT_GREY);
      }
    }
    BitmapFont.draw(frame, fw, x + 11, g.regionY0() - 12, "CM", TEXT_GREY);
  }

  /** A small left-pointing triangle at the focal depth, beyond the depth labels. */
  private void focusMarker(byte[] frame, double focalDepthMm) {
    int fw = g.frameColumns();
    int y = g.regionY0() + (int) Math.round(focalDepthMm / g.mmPerPixel());
    int x = g.regionX1() + 26;
    for (int k = 0; k < 5; k++) {
      for (int dy = -k; dy <= k; dy++) {
        int yy = Math.max(0, Math.min(g.frameRows() - 1, y + dy));
        frame[yy * fw + x + k] = (byte) MARK_GREY;
      }
    }
  }

  /** The probe's orientation mark: a filled square above the region's left corner. */
  private void orientationMark(byte[] frame) {
    int fw = g.frameColumns();
    for (int y = g.regionY0() - 8; y < g.regionY0() - 3; y++) {
      for (int x = g.regionX0(); x < g.regionX0() + 5; x++) {
        frame[y * fw + x] = (byte) MARK_GREY;
      }
    }
  }
}
