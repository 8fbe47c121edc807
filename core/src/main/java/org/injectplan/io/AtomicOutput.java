package org.injectplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a file so that the destination is either absent or whole: the bytes go to a temporary
 * file in the same directory, which is forced to disk and then moved into place in one step. An
 * existing destination is kept unless {@code overwrite} is set.
 *
 * <p>A process killed while writing leaves its hidden temporary file behind (never a partial
 * destination). The next write of the same destination removes such leftovers once they are older
 * than {@link #STALE_AFTER}: every output is built in memory before it is written, so no live
 * writer takes that long, and a younger one may belong to a writer still at work.
 */
public final class AtomicOutput {

  /** What writes the content. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private AtomicOutput() {
  }

  /** Readable by others, as a file made by any other program would be (a temporary file is 0600). */
  private static final Set<PosixFilePermission> OUTPUT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

  /** How old a leftover temporary file must be before a later write of its destination removes it. */
  public static final Duration STALE_AFTER = Duration.ofHours(1);

  public static void write(Path target, boolean overwrite, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (!overwrite && Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString(), null, "exists (use --force to overwrite)");
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    removeStaleLeftovers(dir, absolute.getFileName().toString());
    Path tmp = createTemporary(dir, absolute.getFileName().toString());
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

  private static void removeStaleLeftovers(Path dir, String name) throws IOException {
    Instant cutoff = Instant.now().minus(STALE_AFTER);
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.part")) {
      for (Path p : leftovers) {
        try {
          if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // a leftover that cannot be removed is only clutter: the write itself goes on
        }
      }
    }
  }

  private static String globEscape(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{},])", "\\\\$1");
  }

  /**
   * A hidden {@code .NAME.random.part} file beside the target. A process killed while writing
   * leaves it behind; the target itself is never partial.
   */
  private static Path createTemporary(Path dir, String name) throws IOException {
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".part");
    if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(tmp, OUTPUT_PERMISSIONS);
    }
    return tmp;
  }
}
