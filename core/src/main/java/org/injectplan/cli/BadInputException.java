package org.injectplan.cli;

/** Bad input named by what it is about (a file, an option): exit status 2. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String subject, String reason) {
    super(subject + ": " + reason);
  }
}
