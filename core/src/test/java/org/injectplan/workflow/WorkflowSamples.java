package org.injectplan.workflow;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.injectplan.planning.BinaryMask;

/** sample-dicom's samples, beside this module (core/target/test-classes → sample-dicom/...). */
final class WorkflowSamples {
  private WorkflowSamples() {
  }

  static Path folder(String id) {
    try {
      Path testClasses = Path.of(WorkflowSamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path p = testClasses.getParent().getParent().getParent()
          .resolve("sample-dicom/src/main/resources/org/injectplan/samples").resolve(id);
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("sample missing: " + p);
      }
      return p;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path dicom(String id) {
    return folder(id).resolve(id + ".dcm");
  }

  static BinaryMask mask(String id, String kind) throws IOException {
    return BinaryMask.read(folder(id).resolve("masks").resolve(kind + "-f00.png"));
  }
}
