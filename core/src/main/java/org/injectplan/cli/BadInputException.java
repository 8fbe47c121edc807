package org.injectplan.cli;

import java.nio.file.Path;
import org.injectplan.workflow.Refusal;

/** Bad input named by what it is about (a file, an option): exit status 2. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String subject, String reason) {
    super(subject + ": " + reason);
  }

  /**
   * A workflow's refusal as one line: {@code subject: reason}, the subject being the scan's file
   * when the refusal is about the choices made on it (the planner's, which names no subject).
   */
  static BadInputException refused(Refusal r, Path scan, String reason) {
    return new BadInputException(r.subject() != null ? r.subject() : String.valueOf(scan), reason);
  }

  static BadInputException refused(Refusal r, Path scan) {
    return refused(r, scan, r.reason());
  }
}
