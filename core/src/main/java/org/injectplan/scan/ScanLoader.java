package org.injectplan.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.ByteSource;
import org.injectplan.dicom.DatasetLayout;
import org.injectplan.dicom.DatasetScanner;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.FrameReader;
import org.injectplan.dicom.Header;
import org.injectplan.dicom.HeaderReader;
import org.injectplan.dicom.PaletteLutReader;
import org.injectplan.dicom.PixelDataLayout;
import org.injectplan.dicom.PixelFormat;
import org.injectplan.dicom.PixelFormatReader;
import org.injectplan.dicom.TransferSyntaxes;

/**
 * Opens a DICOM scan: checks its structure, reads its header with PixelMed, and prepares its
 * frames for decoding on demand. Every problem is a {@link BadScanException} naming the file
 * and the reason.
 */
public final class ScanLoader {
  private static final Set<String> PLANNING_MODALITIES = Set.of("US", "XA", "RF");

  private ScanLoader() {
  }

  public static Scan open(Path file) throws BadScanException {
    if (!Files.exists(file)) {
      throw new BadScanException(file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadScanException(file, "not a regular file");
    }
    ByteSource source;
    try {
      source = ByteSource.of(file);
    } catch (IOException e) {
      throw new BadScanException(file, "cannot be read: " + e.getMessage(), e);
    }
    try {
      return open(file, source);
    } catch (BadScanException | RuntimeException e) {
      closeQuietly(source);
      throw e;
    }
  }

  /** Opens a scan from an already open source (tests count the bytes it reads). */
  static Scan open(Path file, ByteSource source) throws BadScanException {
    DatasetLayout layout = DatasetScanner.scan(file, source);
    PixelDataLayout pixels = layout.pixelData()
        .orElseThrow(() -> new BadScanException(file, "no Pixel Data (7FE0,0010): not an image"));
    if (pixels.problem() != null) {
      throw new BadScanException(file, pixels.problem());
    }
    TransferSyntaxes.Syntax syntax = TransferSyntaxes.find(layout.transferSyntaxUid()).orElseThrow();
    if (syntax.codec() == TransferSyntaxes.Codec.JPEG_2000 && !FrameReader.canDecodeJpeg2000()) {
      throw new BadScanException(file, TransferSyntaxes.unsupportedMessage(syntax.uid())
          + ": no JPEG 2000 decoder is available");
    }
    Header header = HeaderReader.read(file, layout);
    PixelFormat format = PixelFormatReader.read(file, header);
    FrameReader frames = new FrameReader(file, layout.source(), pixels, format, syntax,
        format.isPalette() ? PaletteLutReader.read(file, header) : null);
    ScanIdentity identity = ScanIdentity.of(header);
    Calibration calibration = CalibrationReader.read(header);
    List<String> notes = notes(identity, layout);
    calibration.implausibility().ifPresent(notes::add);
    return new Scan(file, layout.transferSyntaxUid(), format, calibration, identity,
        frameTime(header, format), notes, header, frames, layout.source());
  }

  private static List<String> notes(ScanIdentity id, DatasetLayout layout) {
    List<String> notes = new ArrayList<>();
    if (!PLANNING_MODALITIES.contains(id.modality())) {
      notes.add("modality " + (id.modality().isEmpty() ? "(none)" : id.modality())
          + " is not US, XA or RF: loaded as a plain image");
    }
    if (!layout.hasMetaHeader()) {
      notes.add("no DICOM meta header: transfer syntax guessed as " + TransferSyntaxes.nameOf(layout.transferSyntaxUid()));
    }
    if (layout.pixelData().map(PixelDataLayout::sequenceDelimiterMissing).orElse(false)) {
      notes.add("the pixel fragments end without a sequence delimiter");
    }
    return notes;
  }

  /** Frame Time (0018,1063); else the mean of Frame Time Vector; else 1000 / Cine Rate. */
  private static OptionalDouble frameTime(Header h, PixelFormat f) {
    OptionalDouble ft = h.decimal(DicomTags.FRAME_TIME);
    if (ft.isPresent() && ft.getAsDouble() > 0) {
      return ft;
    }
    List<String> vector = h.strings(DicomTags.FRAME_TIME_VECTOR);
    if (vector.size() > 1) {
      double sum = 0;
      int n = 0;
      for (String s : vector.subList(1, vector.size())) {
        try {
          sum += Double.parseDouble(s);
          n++;
        } catch (NumberFormatException e) {
          // an unreadable entry is left out of the mean
        }
      }
      if (n > 0 && sum > 0) {
        return OptionalDouble.of(sum / n);
      }
    }
    OptionalInt rate = h.integer(DicomTags.CINE_RATE);
    if (rate.isPresent() && rate.getAsInt() > 0) {
      return OptionalDouble.of(1000.0 / rate.getAsInt());
    }
    return OptionalDouble.empty();
  }

  private static void closeQuietly(ByteSource s) {
    try {
      s.close();
    } catch (IOException e) {
      // the error being reported is the one that matters
    }
  }
}
