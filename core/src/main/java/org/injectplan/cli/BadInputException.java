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

  /** Refuses a frame number the scan does not have, naming the file as given on the command line. */
  static void requireFrame(Path file, int frame, int frameCount) throws BadInputException {
    if (frame < 0 || frame >= frameCount) {
      throw new BadInputException(file.toString(), "frame " + frame + " does not exist (the scan has "
          + frameCount + " frame(s), numbered from 0)");
    }
  }

  static BadInputException refused(Refusal r, Path scan) {
    return refused(r, scan, r.reason());
  }
}
