package org.injectplan.plan.verify;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** sample-dicom's sample folders, found beside this module's compiled test classes. */
final class Samples {
  private Samples() {
  }

  static Path dir() {
    return org.injectplan.SampleFolders.dir();
  }

  /** The sample ids (folder names holding {@code <id>.dcm} and {@code <id>.plan.json}). */
  static List<String> ids() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      List<String> ids = s.filter(p -> Files.isRegularFile(p.resolve(p.getFileName() + ".plan.json")))
          .map(p -> p.getFileName().toString()).sorted().toList();
      if (ids.size() < 10) {
        fail("expected the 11 samples, found " + ids);
      }
      return ids;
    }
  }

  static Path scan(String id) {
    return dir().resolve(id).resolve(id + ".dcm");
  }

  static Path referencePlan(String id) {
    return dir().resolve(id).resolve(id + ".plan.json");
  }
}
