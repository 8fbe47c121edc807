package org.injectplan.pacs;

import java.io.IOException;

/** A send that did not store every file: the message is {@code <destination>: <reason>}. */
public class SendException extends IOException {
  private static final long serialVersionUID = 1L;

  public SendException(String destination, String reason, Throwable cause) {
    super(destination + ": " + reason, cause);
  }
}
