package org.injectplan.dicom;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO input stream over a byte array, read in place: ImageIO's own streams for an
 * InputStream copy every block into a cache (or a temporary file) first, and a frame's bytes are
 * already in memory.
 */
final class ByteArrayImageInputStream extends ImageInputStreamImpl {
  private final byte[] data;

  ByteArrayImageInputStream(byte[] data) {
    this.data = data;
  }

  @Override
  public int read() {
    bitOffset = 0;
    return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    bitOffset = 0;
    if (len == 0) {
      return 0;
    }
    if (streamPos >= data.length) {
      return -1;
    }
    int n = (int) Math.min(len, data.length - streamPos);
    System.arraycopy(data, (int) streamPos, b, off, n);
    streamPos += n;
    return n;
  }

  @Override
  public long length() {
    return data.length;
  }
}
