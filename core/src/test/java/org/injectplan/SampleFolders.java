package org.injectplan;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** sample-dicom's sample folders, beside this module (core/target/test-classes → sample-dicom/...). */
public final class SampleFolders {
  private SampleFolders() {
  }

  /** The folder that holds one folder per sample. */
  public static Path dir() {
    try {
      Path classes = Path.of(SampleFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = classes.getParent().getParent().getParent()
          .resolve("sample-dicom/src/main/resources/org/injectplan/samples").toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException("no samples at " + dir);
      }
      return dir;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One sample's folder. */
  public static Path folder(String id) {
    Path p = dir().resolve(id);
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("sample missing: " + p);
    }
    return p;
  }

  /** One sample's DICOM file, {@code ID/ID.dcm}. */
  public static Path dicom(String id) {
    Path p = folder(id).resolve(id + ".dcm");
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("sample missing: " + p);
    }
    return p;
  }
}
