package org.injectplan.pacs;

/**
 * A DICOM destination, written {@code AET@HOST:PORT}.
 *
 * @param calledAet the PACS's application entity title (1 to 16 characters, no backslash)
 */
public record PacsAddress(String calledAet, String host, int port) {
  public PacsAddress {
    requireAet(calledAet, "called AE title");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("PACS host is empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("PACS port must be in 1..65535: " + port);
    }
  }

  /** Parses {@code AET@HOST:PORT}. */
  public static PacsAddress parse(String s) {
    int at = s.indexOf('@');
    int colon = s.lastIndexOf(':');
    if (at <= 0 || colon < at + 2 || colon == s.length() - 1) {
      throw new IllegalArgumentException("PACS address must be AET@HOST:PORT: " + s);
    }
    int port;
    try {
      port = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PACS port is not a number: " + s);
    }
    return new PacsAddress(s.substring(0, at), s.substring(at + 1, colon), port);
  }

  static void requireAet(String aet, String what) {
    if (aet == null || aet.isBlank() || aet.length() > 16 || aet.chars().anyMatch(c -> c == '\\' || c < 0x20
        || c > 0x7e)) {
      throw new IllegalArgumentException(what + " must be 1 to 16 printable ASCII characters, no backslash: "
          + aet);
    }
  }

  @Override
  public String toString() {
    return calledAet + "@" + host + ":" + port;
  }
}
