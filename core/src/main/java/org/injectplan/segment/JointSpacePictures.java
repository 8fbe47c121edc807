package org.injectplan.segment;

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
import org.injectplan.scan.Calibration;

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
    List<Path> out = new ArrayList<>();
    ColorProcessor s1 = (ColorProcessor) base.duplicate();
    s1.setColor(java.awt.Color.CYAN);
    s1.drawRect(field[0], field[1], field[2] - field[0], field[3] - field[1]);
    out.add(StepPictures.save(s1, dir, "xa-step1-field.png"));
    ColorProcessor s2 = new ColorProcessor(w, h);
    for (int i = 0; i < w * h; i++) {
      int g = (int) Math.max(0, Math.min(255, 255 * map.lucency()[i] / (8 * p.minContrast() * range)));
      s2.set(i % w, i / w, g << 16 | g << 8 | g);
    }
    out.add(StepPictures.save(s2, dir, "xa-step2-lucency.png"));
    ColorProcessor s3 = (ColorProcessor) base.duplicate();
    boolean[] band = new boolean[w * h];
    for (int i = 0; i < band.length; i++) {
      band[i] = map.lucency()[i] > p.minContrast() * range;
    }
    int k = 0;
    for (List<double[]> piece : LinePieces.of(band, w, h, (int) Math.max(2, Math.round(1.5 / mm)), 35)) {
      int c = PALETTE[k++ % PALETTE.length];
      for (double[] q : piece) {
        s3.set((int) q[0], (int) q[1], c);
      }
    }
    out.add(StepPictures.save(s3, dir, "xa-step3-lines.png"));
    ColorProcessor s4 = (ColorProcessor) base.duplicate();
    truth.ifPresent(t -> StepPictures.outline(s4, t, 0xff00ff));
    JointSpaceDetector.Result r = new JointSpaceDetector(p).detect(frame, cal, 0, Optional.empty(), direction);
    if (r.outcome().isFound()) {
      StepPictures.outline(s4, r.outcome().get().mask(), 0x00ff00);
      r.centreLinePx().forEach(q -> s4.set((int) q[0], (int) q[1], 0xffff00));
      s4.setColor(java.awt.Color.RED);
      for (double[] t : r.targetsPx()) {
        s4.drawLine((int) t[0] - 4, (int) t[1], (int) t[0] + 4, (int) t[1]);
        s4.drawLine((int) t[0], (int) t[1] - 4, (int) t[0], (int) t[1] + 4);
      }
    }
    out.add(StepPictures.save(s4, dir, "xa-step4-joint-space.png"));
    return out;
  }

  private static double robustRange(float[] v) {
    float[] s = v.clone();
    java.util.Arrays.sort(s);
    return s[(int) (0.99 * (s.length - 1))] - s[(int) (0.01 * (s.length - 1))];
  }
}
