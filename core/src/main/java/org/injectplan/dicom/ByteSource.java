package org.injectplan.dicom;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random access to the bytes of a data set: a file read with positional reads (safe to share
 * between threads), or an array (an inflated deflated data set).
 */
public interface ByteSource extends Closeable {

  long size();

  /** Reads exactly {@code len} bytes at {@code position}; throws EOFException past the end. */
  void read(long position, byte[] dst, int offset, int len) throws IOException;

  default byte[] read(long position, int len) throws IOException {
    byte[] b = new byte[len];
    read(position, b, 0, len);
    return b;
  }

  static ByteSource of(Path file) throws IOException {
    return new FileSource(FileChannel.open(file, StandardOpenOption.READ));
  }

  static ByteSource of(byte[] bytes) {
    return new ArraySource(bytes);
  }

  /** A file, read with positional reads so that frames can be read from several threads. */
  final class FileSource implements ByteSource {
    private final FileChannel channel;
    private final long size;

    FileSource(FileChannel channel) throws IOException {
      this.channel = channel;
      this.size = channel.size();
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void read(long position, byte[] dst, int offset, int len) throws IOException {
      if (position < 0 || position + len > size) {
        throw new EOFException("read of " + len + " bytes at " + position + " past the end (" + size + ")");
      }
      ByteBuffer buf = ByteBuffer.wrap(dst, offset, len);
      long p = position;
      while (buf.hasRemaining()) {
        int n = channel.read(buf, p);
        if (n < 0) {
          throw new EOFException("file ended at " + p);
        }
        p += n;
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** Bytes in memory. */
  final class ArraySource implements ByteSource {
    private final byte[] bytes;

    ArraySource(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public void read(long position, byte[] dst, int offset, int len) throws IOException {
      if (position < 0 || position + len > bytes.length) {
        throw new EOFException("read of " + len + " bytes at " + position + " past the end (" + bytes.length + ")");
      }
      System.arraycopy(bytes, (int) position, dst, offset, len);
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
