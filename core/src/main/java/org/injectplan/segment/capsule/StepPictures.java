package org.injectplan.segment.capsule;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.injectplan.image.Components;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.GreyWindow;
import org.injectplan.segment.MaskMetrics;
import org.injectplan.segment.SegmentOutcome;

/**
 * Pictures of each step of the ultrasound segmenter on one frame, for docs/algorithms.md:
 * 1 the search window (the calibrated region), 2 the speckle filter, 3 the dark components
 * (candidates in colour, shadows reaching the bottom in dark red), 4 the chosen recess, 5 the
 * refined boundary (green) against the truth (magenta) where a truth mask is given. Writes
 * {@code step1-window.png} ... {@code step5-boundary.png} into a folder.
 */
public final class StepPictures {
  private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf,
      0xbcbd22};

  private StepPictures() {
  }

  /** Writes the five pictures; returns their paths. */
  public static List<Path> write(ImageProcessor frame, Calibration cal, Optional<Mask> truth, Path dir)
      throws IOException {
    CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);
    FrameAnalysis a = seg.analyse(frame, cal);
    SegmentOutcome o = seg.automatic(a, 0);
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    ColorProcessor base = frame.convertToColorProcessor();
    GreyWindow w = a.window();
    ColorProcessor s1 = (ColorProcessor) base.duplicate();
    s1.setColor(java.awt.Color.CYAN);
    s1.drawRect(w.x0(), w.y0(), w.width(), w.height());
    out.add(save(s1, dir, "step1-window.png"));
    ColorProcessor s2 = (ColorProcessor) base.duplicate();
    paint(s2, w, i -> grey(Math.round(a.smooth()[i])));
    out.add(save(s2, dir, "step2-speckle-filter.png"));
    ColorProcessor s3 = (ColorProcessor) base.duplicate();
    Components c = a.dark();
    paint(s3, w, i -> {
      int l = c.labels()[i];
      if (l == 0) {
        return -1;
      }
      return c.blob(l).maxY() == c.height() - 1 ? 0x500000 : PALETTE[l % PALETTE.length];
    });
    out.add(save(s3, dir, "step3-dark-components.png"));
    ColorProcessor s4 = (ColorProcessor) base.duplicate();
    int chosen = o.isFound() ? c.labelAt((int) o.get().centroidPx()[0] - w.x0(), (int) o.get().centroidPx()[1] - w.y0())
        : 0;
    paint(s4, w, i -> c.labels()[i] != 0 && c.labels()[i] == chosen ? 0x00c0ff : -1);
    out.add(save(s4, dir, "step4-chosen-recess.png"));
    ColorProcessor s5 = (ColorProcessor) base.duplicate();
    truth.ifPresent(t -> outline(s5, t, 0xff00ff));
    if (o.isFound()) {
      outline(s5, o.get().mask(), 0x00ff00);
    }
    out.add(save(s5, dir, "step5-boundary.png"));
    return out;
  }

  private interface Colour {
    int at(int windowIndex);
  }

  private static void paint(ColorProcessor cp, GreyWindow w, Colour colour) {
    for (int y = 0; y < w.height(); y++) {
      for (int x = 0; x < w.width(); x++) {
        int v = colour.at(y * w.width() + x);
        if (v >= 0) {
          cp.set(x + w.x0(), y + w.y0(), v);
        }
      }
    }
  }

  private static int grey(int g) {
    int v = Math.max(0, Math.min(255, g));
    return v << 16 | v << 8 | v;
  }

  /** Paints the mask's boundary pixels in {@code rgb}. */
  public static void outline(ColorProcessor cp, Mask m, int rgb) {
    boolean[] e = MaskMetrics.boundary(m);
    for (int i = 0; i < e.length; i++) {
      if (e[i]) {
        cp.set(i % m.width(), i / m.width(), rgb);
      }
    }
  }

  /** Writes the picture as {@code dir/name} (PNG). */
  public static Path save(ColorProcessor cp, Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    ImageIO.write(cp.getBufferedImage(), "png", p.toFile());
    return p;
  }

  /**
   * The frame in grey with each mask outlined in its colour, cropped to {x0, y0, x1, y1}
   * (inclusive, clipped to the frame), written as {@code dir/name} (PNG).
   */
  public static Path outlines(ImageProcessor frame, List<Mask> masks, int[] rgb, int[] crop, Path dir, String name)
      throws IOException {
    if (masks.size() != rgb.length || crop.length != 4) {
      throw new IllegalArgumentException("one colour per mask and a crop box {x0, y0, x1, y1} are needed");
    }
    ColorProcessor cp = frame.convertToColorProcessor();
    for (int k = 0; k < masks.size(); k++) {
      outline(cp, masks.get(k), rgb[k]);
    }
    int x0 = Math.max(0, crop[0]);
    int y0 = Math.max(0, crop[1]);
    int x1 = Math.min(frame.getWidth() - 1, crop[2]);
    int y1 = Math.min(frame.getHeight() - 1, crop[3]);
    cp.setRoi(x0, y0, Math.max(1, x1 - x0 + 1), Math.max(1, y1 - y0 + 1));
    Files.createDirectories(dir);
    return save((ColorProcessor) cp.crop(), dir, name);
  }
}
