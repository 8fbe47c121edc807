package org.injectplan.scan;

import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.ByteSource;
import org.injectplan.dicom.FrameReader;
import org.injectplan.dicom.Header;
import org.injectplan.dicom.PixelFormat;

/**
 * A loaded scan: header, calibration and identity in memory, frames decoded when asked for
 * (safe from several threads at once). Close it to release the file. {@link #asShown} gives the
 * same scan with the frames and the calibration an image viewer holds.
 */
public final class Scan implements AutoCloseable {
  /** Where the frames come from: the file's decoder, or the frames a viewer shows. */
  @FunctionalInterface
  public interface Frames {
    /** Frame {@code index} (0-based). */
    ImageProcessor frame(int index) throws BadScanException;
  }

  private final Path file;
  private final String transferSyntaxUid;
  private final PixelFormat format;
  private final Calibration calibration;
  private final ScanIdentity identity;
  private final OptionalDouble frameTimeMs;
  private final List<String> notes;
  private final Header header;
  private final Frames frames;
  private final ByteSource source;

  Scan(Path file, String transferSyntaxUid, PixelFormat format, Calibration calibration,
      ScanIdentity identity, OptionalDouble frameTimeMs, List<String> notes, Header header,
      FrameReader frames, ByteSource source) {
    this(file, transferSyntaxUid, format, calibration, identity, frameTimeMs, notes, header, frames::read, source);
  }

  private Scan(Path file, String transferSyntaxUid, PixelFormat format, Calibration calibration,
      ScanIdentity identity, OptionalDouble frameTimeMs, List<String> notes, Header header,
      Frames frames, ByteSource source) {
    this.file = file;
    this.transferSyntaxUid = transferSyntaxUid;
    this.format = format;
    this.calibration = calibration;
    this.identity = identity;
    this.frameTimeMs = frameTimeMs;
    this.notes = List.copyOf(notes);
    this.header = header;
    this.frames = frames;
    this.source = source;
  }

  public Path file() {
    return file;
  }

  public String transferSyntaxUid() {
    return transferSyntaxUid;
  }

  public String modality() {
    return identity.modality();
  }

  public String sopClassUid() {
    return identity.sopClassUid();
  }

  public PixelFormat format() {
    return format;
  }

  public int rows() {
    return format.rows();
  }

  public int columns() {
    return format.columns();
  }

  public int frameCount() {
    return format.frames();
  }

  public Calibration calibration() {
    return calibration;
  }

  public ScanIdentity identity() {
    return identity;
  }

  /** The time between frames of a cine, if the file says (Frame Time, or Cine Rate). */
  public OptionalDouble frameTimeMs() {
    return frameTimeMs;
  }

  /** Things a user should know about how the scan was read (e.g. not US/XA/RF). */
  public List<String> notes() {
    return notes;
  }

  /** The whole header as parsed, for attributes a later stage needs. */
  public Header header() {
    return header;
  }

  public boolean isUltrasound() {
    return "US".equals(modality());
  }

  public boolean isFluoroscopy() {
    return "XA".equals(modality()) || "RF".equals(modality());
  }

  /**
   * Frame {@code index} (0-based) as displayed values: 8-bit grey, 16-bit grey of the stored
   * values (MONOCHROME1 not inverted), or RGB for colour.
   */
  public ImageProcessor frame(int index) throws BadScanException {
    return frames.frame(index);
  }

  /**
   * This scan as an image viewer shows it: the same file, identity, header, modality and frame
   * count, with the viewer's frames (cropped, filtered, converted: as they are) and calibration
   * (the file's, or one the user set). Closing either closes the file.
   *
   * @param shown frame {@code i} as shown; a frame of another size than the scan's is refused
   *     when it is read (BadScanException naming both sizes)
   */
  public Scan asShown(Frames shown, Calibration shownCalibration) {
    if (shown == null || shownCalibration == null) {
      throw new IllegalArgumentException("the frames and the calibration shown are required");
    }
    Frames checked = i -> {
      ImageProcessor ip = shown.frame(i);
      if (ip.getWidth() != columns() || ip.getHeight() != rows()) {
        throw new BadScanException(file, "frame " + i + " as shown is " + ip.getWidth() + "x" + ip.getHeight()
            + ", the scan's frames " + columns() + "x" + rows());
      }
      return ip;
    };
    return new Scan(file, transferSyntaxUid, format, shownCalibration, identity, frameTimeMs, notes, header, checked,
        source);
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  @Override
  public String toString() {
    return file + ": " + modality() + " " + format.columns() + " x " + format.rows() + " x "
        + format.frames() + " " + format.photometric() + ", " + calibration;
  }
}
