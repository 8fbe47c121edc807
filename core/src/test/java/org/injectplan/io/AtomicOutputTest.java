package org.injectplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void aFailedWriteLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("plan.pdf");
    assertThrows(IOException.class, () -> AtomicOutput.write(target, false, out -> {
      out.write(new byte[1000]);
      throw new IOException("disk full");
    }));
    assertFalse(Files.exists(target));
    assertEquals(0, filesIn(dir), "no temporary file is left");
  }

  @Test
  void anExistingFileIsKeptUnlessOverwriteIsAsked() throws IOException {
    Path target = Files.write(dir.resolve("plan.json"), new byte[] {1});
    assertThrows(FileAlreadyExistsException.class, () -> AtomicOutput.write(target, false, out -> out.write(2)));
    assertArrayEquals(new byte[] {1}, Files.readAllBytes(target));
    AtomicOutput.write(target, true, out -> out.write(3));
    assertArrayEquals(new byte[] {3}, Files.readAllBytes(target));
    assertEquals(1, filesIn(dir));
  }

  @Test
  void outputsAreReadableByOthersNotPrivateLikeTemporaryFiles() throws IOException {
    Path target = dir.resolve("report.pdf");
    AtomicOutput.write(target, false, out -> out.write(1));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target)));
  }
}
