package org.injectplan.segment.jointspace;

import ij.plugin.filter.GaussianBlur;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.injectplan.image.Mask;
import org.injectplan.scan.Calibration;
import org.injectplan.segment.capsule.StepPictures;

/**
 * Pictures of each step of the fluoroscopy joint-space detector on one frame, for
 * docs/algorithms.md: 1 the open field (cyan) inside the collimator blades; 2 the oriented
 * lucency; 3 the candidate lines (skeleton pieces, in colour); 4 the result: the gap between the
 * two surfaces (green), its centre line (yellow), the candidate targets (red crosses) and the
 * truth (magenta) where given. Writes {@code xa-step1-field.png} ... {@code xa-step4-joint-space.png}.
 */
public final class JointSpacePictures {
  private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf,
      0xbcbd22};

  private JointSpacePictures() {
  }

  /** Writes the four pictures of automatic mode with the given expected direction; returns their paths. */
  public static List<Path> write(ImageProcessor frame, Calibration cal, OptionalDouble direction, Optional<Mask> truth,
      Path dir) throws IOException {
    JointSpaceParams p = JointSpaceParams.DEFAULTS;
    double mm = cal.isCalibrated() ? Math.min(cal.mmPerPixelX(), cal.mmPerPixelY())
        : JointSpaceDetector.UNCALIBRATED_MM_PER_PIXEL;
    int w = frame.getWidth();
    int h = frame.getHeight();
    FloatProcessor f = frame.convertToFloatProcessor();
    float[] raw = ((float[]) f.getPixels()).clone();
    double range = robustRange(raw);
    int[] field = OpenField.of(raw, w, h, range);
    new GaussianBlur().blurGaussian(f, p.smoothingMm() / mm);
    boolean[] dead = new boolean[w * h];
    for (int i = 0; i < dead.length; i++) {
      dead[i] = i % w < field[0] || i / w < field[1] || i % w >= field[2] || i / w >= field[3];
    }
    LucencyFilter.Map map = LucencyFilter.of((float[]) f.getPixels(), dead, w, h, p.flankMm() / mm,
        (int) Math.round(p.alongMm() / mm));
    Files.createDirectories(dir);
    ColorProcessor base = frame.convertToColorProcessor();
    double minLucency = p.minContrast() * range;
    List<Path> out = new ArrayList<>();
    out.add(StepPictures.save(field(base, field), dir, "xa-step1-field.png"));
    out.add(StepPictures.save(lucency(map, 8 * p.minContrast() * range, w, h), dir, "xa-step2-lucency.png"));
    out.add(StepPictures.save(lines(base, map, minLucency, mm), dir, "xa-step3-lines.png"));
    JointSpaceDetector.Result r = new JointSpaceDetector(p).detect(frame, cal, 0, Optional.empty(), direction);
    out.add(StepPictures.save(result(base, r, truth), dir, "xa-step4-joint-space.png"));
    return out;
  }

  /** Step 1: the open field's box {x0, y0, x1, y1} in cyan. */
  private static ColorProcessor field(ColorProcessor base, int[] field) {
    ColorProcessor s1 = (ColorProcessor) base.duplicate();
    s1.setColor(java.awt.Color.CYAN);
    s1.drawRect(field[0], field[1], field[2] - field[0], field[3] - field[1]);
    return s1;
  }

  /** Step 2: the lucency in grey, white at {@code white} and above. */
  private static ColorProcessor lucency(LucencyFilter.Map map, double white, int w, int h) {
    ColorProcessor s2 = new ColorProcessor(w, h);
    for (int i = 0; i < w * h; i++) {
      int g = (int) Math.max(0, Math.min(255, 255 * map.lucency()[i] / white));
      s2.set(i % w, i / w, g << 16 | g << 8 | g);
    }
    return s2;
  }

  /** Step 3: the skeleton pieces of the band above {@code minLucency}, one colour each. */
  private static ColorProcessor lines(ColorProcessor base, LucencyFilter.Map map, double minLucency, double mm) {
    ColorProcessor s3 = (ColorProcessor) base.duplicate();
    int w = base.getWidth();
    int h = base.getHeight();
    boolean[] band = new boolean[w * h];
    for (int i = 0; i < band.length; i++) {
      band[i] = map.lucency()[i] > minLucency;
    }
    int k = 0;
    for (List<double[]> piece : LinePieces.of(band, w, h, (int) Math.max(2, Math.round(1.5 / mm)), 35)) {
      int c = PALETTE[k++ % PALETTE.length];
      for (double[] q : piece) {
        s3.set((int) q[0], (int) q[1], c);
      }
    }
    return s3;
  }

  /** Step 4: the truth (magenta), the gap found (green), its centre line (yellow), the targets (red). */
  private static ColorProcessor result(ColorProcessor base, JointSpaceDetector.Result r, Optional<Mask> truth) {
    ColorProcessor s4 = (ColorProcessor) base.duplicate();
    truth.ifPresent(t -> StepPictures.outline(s4, t, 0xff00ff));
    if (r.outcome().isFound()) {
      StepPictures.outline(s4, r.outcome().get().mask(), 0x00ff00);
      r.centreLinePx().forEach(q -> s4.set((int) q[0], (int) q[1], 0xffff00));
      s4.setColor(java.awt.Color.RED);
      for (double[] t : r.targetsPx()) {
        s4.drawLine((int) t[0] - 4, (int) t[1], (int) t[0] + 4, (int) t[1]);
        s4.drawLine((int) t[0], (int) t[1] - 4, (int) t[0], (int) t[1] + 4);
      }
    }
    return s4;
  }

  private static double robustRange(float[] v) {
    float[] s = v.clone();
    java.util.Arrays.sort(s);
    return s[(int) (0.99 * (s.length - 1))] - s[(int) (0.01 * (s.length - 1))];
  }
}
