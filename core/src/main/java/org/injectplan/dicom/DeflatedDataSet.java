package org.injectplan.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** The Deflated Explicit VR Little Endian transfer syntax: the data set after the meta header, inflated. */
final class DeflatedDataSet {
  /** A deflated data set that inflates beyond this is refused (a deflate bomb, or not a scan). */
  static final long MAX_INFLATED_BYTES = 512L << 20;

  private DeflatedDataSet() {
  }

  /**
   * The inflated bytes of the data set that starts at {@code start} (raw deflate, RFC 1951), in
   * memory; a truncated stream gives what it holds (the structure check reports the rest).
   */
  static ByteSource inflate(Path file, ByteSource src, long start) throws BadScanException {
    long compressed = src.size() - start;
    if (compressed > Integer.MAX_VALUE - 16) {
      throw new BadScanException(file, "deflated data set of " + compressed + " bytes is too large");
    }
    try {
      byte[] in = src.read(start, (int) compressed);
      Inflater inflater = new Inflater(true);
      inflater.setInput(in);
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(compressed * 4, 1 << 24));
      byte[] buf = new byte[1 << 16];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break; // truncated stream: scan what there is, the structure check reports the rest
        }
        out.write(buf, 0, n);
        if (out.size() > MAX_INFLATED_BYTES) {
          throw new BadScanException(file, "deflated data set inflates beyond " + (MAX_INFLATED_BYTES >> 20) + " MiB");
        }
      }
      inflater.end();
      return ByteSource.of(out.toByteArray());
    } catch (DataFormatException e) {
      throw new BadScanException(file, "deflated data set is corrupt: " + e.getMessage());
    } catch (IOException e) {
      throw new BadScanException(file, "cannot read the deflated data set: " + e.getMessage());
    }
  }
}
