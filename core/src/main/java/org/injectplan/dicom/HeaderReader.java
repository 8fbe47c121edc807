package org.injectplan.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Parses the attributes of a scanned data set with PixelMed, giving it only the bytes before
 * Pixel Data: lengths were already checked by {@link DatasetScanner}, and PixelMed never sees,
 * nor allocates, the pixels.
 */
public final class HeaderReader {
  /**
   * PixelMed reports what it tolerates, with stack traces, through java.util.logging on stderr.
   * The loader reports what matters as a {@link BadScanException}; the command line promises one
   * line on stderr and ImageJ's console should not fill up, so PixelMed's messages are dropped.
   * Held here so that the setting is not lost when the logger is garbage-collected.
   */
  private static final Logger PIXELMED_LOG = Logger.getLogger("com.pixelmed");

  static {
    PIXELMED_LOG.setLevel(Level.OFF);
  }

  private HeaderReader() {
  }

  public static Header read(Path file, DatasetLayout layout) throws BadScanException {
    long end = layout.pixelData().map(PixelDataLayout::elementOffset).orElse(layout.source().size());
    String ts = TransferSyntaxes.find(layout.transferSyntaxUid())
        .filter(s -> s.codec() == TransferSyntaxes.Codec.DEFLATED)
        .map(s -> TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)
        .orElse(layout.transferSyntaxUid());
    try (InputStream in = new BufferedInputStream(
        new ByteSourceInputStream(layout.source(), layout.datasetOffset(), end), 1 << 16)) {
      DicomInputStream dis = new DicomInputStream(in, ts, false);
      AttributeList list = new AttributeList();
      list.read(dis);
      return new Header(list);
    } catch (DicomException | IOException | RuntimeException e) {
      String m = e.getMessage();
      throw new BadScanException(file, "the header cannot be parsed: "
          + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m), e);
    }
  }
}
