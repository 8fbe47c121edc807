package org.injectplan.dicom;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be loaded as a scan: malformed, truncated, unsupported or without the
 * attributes a plan needs. The message is {@code <file>: <reason>}; {@link #reason()} is the
 * reason alone, for front ends that print the file themselves.
 */
public class BadScanException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String reason;

  public BadScanException(Path file, String reason) {
    this(file, reason, null);
  }

  public BadScanException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public String reason() {
    return reason;
  }
}
