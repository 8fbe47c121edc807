package org.injectplan.bench;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * One line of {@code real-us/FILES.tsv}: a real frame wrapped as DICOM, its hand-drawn label
 * mask if it has one, and the calibration the wrapper wrote (assumed for most files: the figures
 * in mm on these frames must say so).
 *
 * @param set the first folder of the file's path ({@code usgra-seg}, {@code knee}, {@code infant-hip})
 * @param file the DICOM file
 * @param labelMask the palette PNG (0 background, 1 nerve, 2 blood vessel), if any
 * @param mmPerPixel the calibration in FILES.tsv
 * @param region the imaged area {x0, y0, x1, y1}, inclusive
 * @param calibrationNote FILES.tsv's words on the calibration ("assumed: ...", "measured: ...")
 */
public record RealFrame(String set, Path file, Optional<Path> labelMask, double mmPerPixel, int[] region,
    String calibrationNote) {

  /** Label of a nerve in the masks. */
  public static final int LABEL_NERVE = 1;
  /** Label of a blood vessel in the masks. */
  public static final int LABEL_VESSEL = 2;

  public RealFrame {
    if (!(mmPerPixel > 0) || region.length != 4 || region[2] < region[0] || region[3] < region[1]) {
      throw new IllegalArgumentException(file + ": bad calibration or region in FILES.tsv");
    }
    region = region.clone();
  }

  /** Whether FILES.tsv says the calibration is assumed (not measured on the image). */
  public boolean calibrationAssumed() {
    return calibrationNote.startsWith("assumed");
  }

  /** The file name without folders, e.g. {@code 0000.dcm}. */
  public String name() {
    return file.getFileName().toString();
  }

  /** Opens the DICOM file through the ordinary loader. */
  public Scan open() throws BadScanException {
    return ScanLoader.open(file);
  }

  /**
   * The label of every pixel (row-major, the mask's size), from the palette indices of the PNG.
   *
   * @throws IOException when there is no mask or it cannot be read
   */
  public int[] labels(int width, int height) throws IOException {
    Path png = labelMask.orElseThrow(() -> new IOException(file + ": no label mask in FILES.tsv"));
    org.injectplan.dicom.QuietImageIo.install();
    BufferedImage img = ImageIO.read(png.toFile());
    if (img == null) {
      throw new IOException(png + ": not a PNG");
    }
    if (img.getWidth() != width || img.getHeight() != height) {
      throw new IOException(png + ": " + img.getWidth() + "x" + img.getHeight() + " mask for a " + width + "x"
          + height + " frame");
    }
    Raster r = img.getRaster();
    int[] out = new int[width * height];
    r.getSamples(0, 0, width, height, 0, out);
    return out;
  }
}
