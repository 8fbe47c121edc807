package org.injectplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

  @Test
  void aKilledWritersOldLeftoverIsRemovedByTheNextWriteAYoungOneIsNot() throws IOException {
    Path target = dir.resolve("plan [1].pdf"); // glob characters in the name must not matter
    Path old = Files.write(dir.resolve(".plan [1].pdf.123.part"), new byte[] {9});
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(AtomicOutput.STALE_AFTER).minusSeconds(60)));
    Path young = Files.write(dir.resolve(".plan [1].pdf.456.part"), new byte[] {9});
    Path otherFiles = Files.write(dir.resolve(".other.pdf.789.part"), new byte[] {9});
    Files.setLastModifiedTime(otherFiles, FileTime.from(Instant.EPOCH));
    AtomicOutput.write(target, false, out -> out.write(1));
    assertFalse(Files.exists(old), "a leftover older than STALE_AFTER is removed");
    assertTrue(Files.exists(young), "a younger one may be a writer at work: kept");
    assertTrue(Files.exists(otherFiles), "another destination's leftover is not ours to remove");
    assertEquals(4 - 1, filesIn(dir));
  }
}
