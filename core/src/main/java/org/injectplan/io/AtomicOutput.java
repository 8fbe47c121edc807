package org.injectplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that the destination is either absent or whole: the bytes go to a temporary
 * file in the same directory, which is forced to disk and then moved into place in one step. An
 * existing destination is kept unless {@code overwrite} is set.
 */
public final class AtomicOutput {

  /** What writes the content. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private AtomicOutput() {
  }

  public static void write(Path target, boolean overwrite, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (!overwrite && Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString(), null, "exists (use --force to overwrite)");
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(tmp);
          java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
              java.nio.file.StandardOpenOption.WRITE)) {
        writer.write(out);
        out.flush();
        ch.force(true);
      }
      if (overwrite) {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
