package org.injectplan.pacs;

import java.io.IOException;

/** A query or a retrieve that failed: the message is {@code <PACS>: <reason>}. */
public class PacsException extends IOException {
  private static final long serialVersionUID = 1L;

  public PacsException(String pacs, String reason, Throwable cause) {
    super(pacs + ": " + reason, cause);
  }
}
