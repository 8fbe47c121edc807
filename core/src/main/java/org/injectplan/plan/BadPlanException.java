package org.injectplan.plan;

import java.io.IOException;
import java.nio.file.Path;

/** A plan file that cannot be read as a plan: the message is {@code <file>: <reason>}. */
public class BadPlanException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String reason;

  public BadPlanException(Path file, String reason, Throwable cause) {
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
