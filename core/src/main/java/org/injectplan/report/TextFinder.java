package org.injectplan.report;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds burned-in text in a frame by its physics and layout, not by reading it. A scanner draws
 * text as glyphs: marks of a few pixels to about a twentieth of the frame height, near-white or a
 * saturated colour, with sharp edges against a darker surround, set in rows (several marks of a
 * similar height on one baseline, with gaps no wider than about a glyph and a half). Speckle and
 * tissue echoes are bright too, but fall off gradually into a bright surround and do not line up
 * as rows of equal marks. In the scanner's annotation zones (the top band and the corners of the
 * frame) a row of two marks suffices.
 *
 * @param brightLevel luminance (0-255) at or above which a pixel can be part of a glyph
 * @param minContrast how much brighter (0-255) a glyph is than the pixels around it
 * @param minMarks marks a row needs outside the annotation zones
 */
record TextFinder(int brightLevel, int minContrast, int minMarks) {
  /** The finder that decides what is blanked. */
  static final TextFinder STRICT = new TextFinder(170, 90, 3);
  /** The looser check run on the blanked frame: it must find nothing for "no burned-in text". */
  static final TextFinder RESIDUAL = new TextFinder(140, 70, 2);
  /** Smallest glyph height in pixels (a 5 x 7 scanner font). */
  static final int MIN_GLYPH_PX = 5;
  /** Colour text: channel spread (max - min) at or above which a pixel is saturated. */
  static final int SATURATION = 96;
  /** A glyph's inside is flat: mean absolute deviation of its luminance from the median at most this. */
  static final double FLAT_SPREAD = 24;
  /**
   * A glyph's edge falls by at least this (0-255) from one pixel to the next (median over its
   * edge). Measured on the corpus's scanner text: 145-255; on the tissue echoes that passed every
   * other test (usgra-seg nerves' fascicle walls and fascia, bright tissue on the corpus's adult
   * echo and thyroid frames): 14-52.
   */
  static final int SHARP_EDGE = 80;

  TextFinder {
    if (brightLevel < 1 || brightLevel > 255 || minContrast < 1 || minContrast > 255 || minMarks < 1) {
      throw new IllegalArgumentException("bad text finder levels: " + brightLevel + ", " + minContrast + ", "
          + minMarks);
    }
  }

  /** One connected mark: its box, pixel count and mean luminance. */
  record Mark(Rectangle box, int pixels, double meanLuma, double spreadLuma) {
    int bottom() {
      return box.y + box.height;
    }
  }

  /** The text rows in {@code area} of an RGB frame (TYPE_INT_RGB pixels, row-major), as boxes. */
  List<Rectangle> find(int[] rgb, int width, int height, Rectangle area) {
    Rectangle a = area.intersection(new Rectangle(0, 0, width, height));
    if (a.isEmpty()) {
      return List.of();
    }
    int[] luma = new int[rgb.length];
    boolean[] ink = new boolean[rgb.length];
    for (int y = a.y; y < a.y + a.height; y++) {
      for (int x = a.x; x < a.x + a.width; x++) {
        int i = y * width + x;
        int p = rgb[i];
        int r = (p >> 16) & 255;
        int g = (p >> 8) & 255;
        int b = p & 255;
        luma[i] = (299 * r + 587 * g + 114 * b) / 1000;
        int spread = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
        ink[i] = luma[i] >= brightLevel || (spread >= SATURATION && Math.max(r, Math.max(g, b)) >= 128);
      }
    }
    int maxGlyphPx = Math.max(MIN_GLYPH_PX + 2, height / 20);
    List<Mark> marks = marks(ink, luma, width, a, maxGlyphPx);
    return rows(marks, width, height);
  }

  private List<Mark> marks(boolean[] ink, int[] luma, int width, Rectangle a, int maxGlyphPx) {
    int[] label = new int[ink.length];
    int[] stack = new int[ink.length];
    List<Mark> out = new ArrayList<>();
    int next = 0;
    for (int y = a.y; y < a.y + a.height; y++) {
      for (int x = a.x; x < a.x + a.width; x++) {
        int seed = y * width + x;
        if (!ink[seed] || label[seed] != 0) {
          continue;
        }
        next++;
        Mark m = fill(ink, luma, label, stack, width, a, seed, next, maxGlyphPx);
        if (m != null && isGlyph(m, maxGlyphPx) && contrast(m, ink, luma, label, width, a, next) >= minContrast
            && edgeStep(ink, luma, label, width, a, m.box(), next) >= SHARP_EDGE) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** Labels the 8-connected component at {@code seed}; null when it is far too big to be a glyph. */
  private static Mark fill(boolean[] ink, int[] luma, int[] label, int[] stack, int width, Rectangle a, int seed,
      int id, int maxGlyphPx) {
    int top = 0;
    stack[top++] = seed;
    label[seed] = id;
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = -1;
    int y1 = -1;
    int n = 0;
    long sum = 0;
    int[] histogram = new int[256];
    while (top > 0) {
      int i = stack[--top];
      int x = i % width;
      int y = i / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      n++;
      sum += luma[i];
      histogram[luma[i]]++;
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int nx = x + dx;
          int ny = y + dy;
          if (nx < a.x || ny < a.y || nx >= a.x + a.width || ny >= a.y + a.height) {
            continue;
          }
          int j = ny * width + nx;
          if (ink[j] && label[j] == 0) {
            label[j] = id;
            stack[top++] = j;
          }
        }
      }
    }
    Rectangle box = new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    return box.height > 4 * maxGlyphPx ? null : new Mark(box, n, (double) sum / n, spread(histogram, n));
  }

  /** Mean absolute deviation of the luminance from its median: small for the flat inside of a glyph. */
  private static double spread(int[] histogram, int n) {
    int median = 0;
    for (int seen = 0; median < 256; median++) {
      seen += histogram[median];
      if (2 * seen >= n) {
        break;
      }
    }
    double dev = 0;
    for (int v = 0; v < 256; v++) {
      dev += histogram[v] * Math.abs(v - median);
    }
    return dev / n;
  }

  /** Glyph-sized: height from a few pixels to a twentieth of the frame, not a long streak, not a filled block. */
  private static boolean isGlyph(Mark m, int maxGlyphPx) {
    int h = m.box().height;
    int w = m.box().width;
    double fill = (double) m.pixels() / ((double) w * h);
    return h >= MIN_GLYPH_PX && h <= maxGlyphPx && w <= 6 * h && fill >= 0.1 && fill <= 0.9
        && m.spreadLuma() <= FLAT_SPREAD;
  }

  /**
   * Median fall of the luminance from the mark's edge pixels to their 4-neighbours outside it:
   * a glyph is drawn into the frame with a one-pixel edge, so this is nearly its full contrast;
   * an echo is blurred by the beam over several pixels, so where it crosses the bright level its
   * fall per pixel is a fraction of its contrast.
   */
  private static int edgeStep(boolean[] ink, int[] luma, int[] label, int width, Rectangle a, Rectangle b, int id) {
    int[] histogram = new int[256];
    int n = 0;
    for (int y = b.y; y < b.y + b.height; y++) {
      for (int x = b.x; x < b.x + b.width; x++) {
        int i = y * width + x;
        if (label[i] != id) {
          continue;
        }
        n += fall(histogram, ink, luma, a, width, i, x + 1, y) + fall(histogram, ink, luma, a, width, i, x - 1, y)
            + fall(histogram, ink, luma, a, width, i, x, y + 1) + fall(histogram, ink, luma, a, width, i, x, y - 1);
      }
    }
    int seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += histogram[v];
      if (2 * seen >= n && n > 0) {
        return v;
      }
    }
    return 0;
  }

  /** Counts the fall from ink pixel i to (x, y) when that is a pixel of the area outside the ink. */
  private static int fall(int[] histogram, boolean[] ink, int[] luma, Rectangle a, int width, int i, int x, int y) {
    if (!a.contains(x, y) || ink[y * width + x]) {
      return 0;
    }
    histogram[Math.max(0, luma[i] - luma[y * width + x])]++;
    return 1;
  }

  /** Mean luminance of the mark minus that of the non-ink pixels within two pixels of its box. */
  private static double contrast(Mark m, boolean[] ink, int[] luma, int[] label, int width, Rectangle a, int id) {
    Rectangle r = new Rectangle(m.box().x - 2, m.box().y - 2, m.box().width + 4, m.box().height + 4).intersection(a);
    long sum = 0;
    int n = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        int i = y * width + x;
        if (!ink[i] && label[i] != id) {
          sum += luma[i];
          n++;
        }
      }
    }
    return n == 0 ? 0 : m.meanLuma() - (double) sum / n;
  }

  /** Groups marks into rows; keeps the rows that look like text, as boxes with a margin. */
  private List<Rectangle> rows(List<Mark> marks, int width, int height) {
    int n = marks.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Mark> byX = new ArrayList<>(marks);
    byX.sort((p, q) -> Integer.compare(p.box().x, q.box().x));
    for (int i = 0; i < n; i++) {
      Mark p = byX.get(i);
      for (int j = i + 1; j < n; j++) {
        Mark q = byX.get(j);
        int hMax = Math.max(p.box().height, q.box().height);
        if (q.box().x - (p.box().x + p.box().width) > 1.5 * hMax) {
          if (q.box().x - p.box().x > 8 * hMax) {
            break;
          }
          continue;
        }
        if (sameRow(p, q)) {
          union(parent, i, j);
        }
      }
    }
    List<List<Mark>> groups = new ArrayList<>();
    int[] groupOf = new int[n];
    java.util.Arrays.fill(groupOf, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (groupOf[root] < 0) {
        groupOf[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOf[root]).add(byX.get(i));
    }
    List<Rectangle> out = new ArrayList<>();
    for (List<Mark> g : groups) {
      Rectangle box = g.get(0).box().getBounds();
      for (Mark m : g) {
        box.add(m.box());
      }
      if (isTextRow(g, box, width, height)) {
        int margin = Math.max(2, (int) Math.ceil(0.3 * box.height));
        box.grow(margin, margin);
        out.add(box.intersection(new Rectangle(0, 0, width, height)));
      }
    }
    return out;
  }

  /** Similar heights (within a factor 2), the same baseline or centre line, overlapping vertically. */
  private static boolean sameRow(Mark p, Mark q) {
    int hp = p.box().height;
    int hq = q.box().height;
    int hMax = Math.max(hp, hq);
    if (hMax > 2 * Math.min(hp, hq)) {
      return false;
    }
    double tolerance = 0.3 * hMax;
    boolean baseline = Math.abs(p.bottom() - q.bottom()) <= tolerance;
    boolean centre = Math.abs(p.box().getCenterY() - q.box().getCenterY()) <= tolerance;
    return baseline || centre;
  }

  /**
   * A row is text when it holds enough marks: {@link #minMarks} anywhere, two in the annotation
   * zones (top tenth, or a corner fifth of the frame). A merged run of glyphs counts for the
   * glyphs its width holds.
   */
  private boolean isTextRow(List<Mark> g, Rectangle box, int width, int height) {
    if (g.size() < 2) {
      return false;
    }
    int glyphs = 0;
    for (Mark m : g) {
      glyphs += Math.max(1, (int) Math.round(m.box().width / (0.7 * m.box().height)));
    }
    boolean top = box.y + box.height <= height / 10;
    boolean cornerX = box.x + box.width <= width / 5 || box.x >= width - width / 5;
    boolean cornerY = box.y + box.height <= height / 5 || box.y >= height - height / 5;
    int needed = top || (cornerX && cornerY) ? 2 : minMarks;
    return glyphs >= needed;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    parent[find(parent, i)] = find(parent, j);
  }
}
