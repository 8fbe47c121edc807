package org.injectplan.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.injectplan.scan.UltrasoundRegion;

/**
 * Removes the text a scanner burns into a frame, for de-identified exports: everything outside
 * the image regions of the Sequence of Ultrasound Regions (2D, M-mode and spectral; the banner,
 * the annotation columns, the graphics regions) is blanked to black, and inside them the rows of
 * glyphs that {@link TextFinder} finds are blanked too. A looser second finder then looks at the
 * blanked frame; only when the regions were known, the modality is ultrasound and that check finds
 * nothing is burned-in text ruled out ({@link Outcome#textRuledOut()}): that is when a DICOM
 * object may say Burned In Annotation NO.
 */
public final class BurnedInText {
  /** Region spatial formats (0018,6012) that hold image data: 1 2D, 2 M-mode, 3 spectral. */
  private static final int[] IMAGE_FORMATS = {1, 2, 3};

  private BurnedInText() {
  }

  /**
   * What was blanked, and whether burned-in text is ruled out.
   *
   * @param blanked the frame with the text blanked
   * @param outsideRegions whether the frame outside the image regions was blanked
   * @param imageRegions how many image regions were kept
   * @param textRows rows of glyphs blanked inside the regions (by both passes)
   * @param residualRows rows the looser check still found after the first pass (blanked as well)
   * @param textRuledOut true when no burned-in text can remain (see the class comment)
   * @param reason why text is not ruled out, or empty
   */
  public record Outcome(BufferedImage blanked, boolean outsideRegions, int imageRegions, List<Rectangle> textRows,
      int residualRows, boolean textRuledOut, String reason) {
    public Outcome {
      if (blanked == null || textRows == null || reason == null) {
        throw new IllegalArgumentException("an outcome needs the frame, the rows and a reason");
      }
      textRows = List.copyOf(textRows);
    }

    /** Areas blanked: the outside of the regions (one) and each row of text. */
    public int areas() {
      return (outsideRegions ? 1 : 0) + textRows.size();
    }

    /** The line for the report page. */
    public String pageLine() {
      String what = String.format(Locale.ROOT, "Burned-in text removed: %d area%s (%s%d text row%s inside)", areas(),
          areas() == 1 ? "" : "s", outsideRegions ? "the frame outside " + imageRegions + " ultrasound image region"
              + (imageRegions == 1 ? "" : "s") + "; " : "", textRows.size(), textRows.size() == 1 ? "" : "s");
      return what + (textRuledOut ? ". Residual text check: none found." : ". Text cannot be ruled out: " + reason
          + "; Burned In Annotation stays YES.");
    }

    /** Values for Deidentification Method (0012,0063), each at most 64 characters (LO). */
    public List<String> methodValues() {
      List<String> v = new ArrayList<>();
      v.add(String.format(Locale.ROOT, "burned-in text blanked: %d area(s)", areas()));
      v.add(textRuledOut ? "residual burned-in text check: none found" : "burned-in text not ruled out");
      return v;
    }
  }

  /**
   * @param frame the frame as displayed, RGB
   * @param regions the scan's ultrasound regions (empty when it has none)
   * @param modality the scan's modality
   */
  public static Outcome remove(BufferedImage frame, List<UltrasoundRegion> regions, String modality) {
    int w = frame.getWidth();
    int h = frame.getHeight();
    int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
    List<Rectangle> image = imageRegions(regions, w, h);
    boolean outside = !image.isEmpty();
    List<Rectangle> search = outside ? grown(image, Math.max(TextFinder.MIN_GLYPH_PX, h / 20), w, h)
        : List.of(new Rectangle(0, 0, w, h));
    List<Rectangle> rows = new ArrayList<>();
    for (Rectangle r : search) {
      // Regions grown by a glyph, on the frame before the outside is blanked: a row cut by a
      // region's edge is found whole and its part inside blanked with it.
      for (Rectangle row : TextFinder.STRICT.find(rgb, w, h, r)) {
        if (!outside || image.stream().anyMatch(row::intersects)) {
          rows.add(row);
        }
      }
    }
    if (outside) {
      blankOutside(rgb, w, h, image);
    }
    blank(rgb, w, rows);
    List<Rectangle> residual = new ArrayList<>();
    for (Rectangle r : outside ? image : search) {
      residual.addAll(TextFinder.RESIDUAL.find(rgb, w, h, r));
    }
    blank(rgb, w, residual);
    rows.addAll(residual);
    String reason = "";
    if (!outside) {
      reason = "the scan has no ultrasound image region, so the scanner's annotation layout is unknown";
    } else if (!"US".equals(modality)) {
      reason = "modality " + modality + ": annotations are not bound to ultrasound regions";
    } else if (!residual.isEmpty()) {
      reason = "the residual check found " + residual.size() + " more text-like row(s)";
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return new Outcome(out, outside, image.size(), rows, residual.size(), reason.isEmpty(), reason);
  }

  /** The image regions (2D, M-mode, spectral) as rectangles clipped to the frame. */
  static List<Rectangle> imageRegions(List<UltrasoundRegion> regions, int w, int h) {
    List<Rectangle> out = new ArrayList<>();
    Rectangle frame = new Rectangle(0, 0, w, h);
    for (UltrasoundRegion r : regions) {
      if (java.util.Arrays.stream(IMAGE_FORMATS).anyMatch(f -> f == r.spatialFormat())) {
        Rectangle box = new Rectangle(r.x0(), r.y0(), r.x1() - r.x0() + 1, r.y1() - r.y0() + 1).intersection(frame);
        if (!box.isEmpty()) {
          out.add(box);
        }
      }
    }
    return out;
  }

  private static List<Rectangle> grown(List<Rectangle> boxes, int byPx, int w, int h) {
    List<Rectangle> out = new ArrayList<>();
    for (Rectangle b : boxes) {
      Rectangle g = new Rectangle(b);
      g.grow(byPx, byPx);
      out.add(g.intersection(new Rectangle(0, 0, w, h)));
    }
    return out;
  }

  private static void blankOutside(int[] rgb, int w, int h, List<Rectangle> keep) {
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean in = false;
        for (Rectangle r : keep) {
          if (r.contains(x, y)) {
            in = true;
            break;
          }
        }
        if (!in) {
          rgb[y * w + x] = 0;
        }
      }
    }
  }

  private static void blank(int[] rgb, int w, List<Rectangle> boxes) {
    for (Rectangle b : boxes) {
      for (int y = b.y; y < b.y + b.height; y++) {
        java.util.Arrays.fill(rgb, y * w + b.x, y * w + b.x + b.width, 0);
      }
    }
  }
}
