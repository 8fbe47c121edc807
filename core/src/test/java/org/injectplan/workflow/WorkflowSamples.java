package org.injectplan.workflow;

import java.io.IOException;
import java.nio.file.Path;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;

/** sample-dicom's samples, beside this module (core/target/test-classes → sample-dicom/...). */
final class WorkflowSamples {
  private WorkflowSamples() {
  }

  static Path folder(String id) {
    return org.injectplan.SampleFolders.folder(id);
  }

  static Path dicom(String id) {
    return folder(id).resolve(id + ".dcm");
  }

  static Mask mask(String id, String kind) throws IOException {
    return MaskPng.read(folder(id).resolve("masks").resolve(kind + "-f00.png"));
  }
}
