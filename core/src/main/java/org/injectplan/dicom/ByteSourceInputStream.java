package org.injectplan.dicom;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of a {@link ByteSource} from {@code start} up to (not including) {@code end}. */
final class ByteSourceInputStream extends InputStream {
  private final ByteSource source;
  private final long end;
  private long pos;
  private final byte[] one = new byte[1];

  ByteSourceInputStream(ByteSource source, long start, long end) {
    this.source = source;
    this.pos = start;
    this.end = Math.min(end, source.size());
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos >= end) {
      return -1;
    }
    int n = (int) Math.min(len, end - pos);
    source.read(pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long k = Math.max(0, Math.min(n, end - pos));
    pos += k;
    return k;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, end - pos);
  }
}
