package org.injectplan.pacs;

/** An OAuth 2 bearer token (RFC 6750) for DICOMweb; {@link #toString} never shows it. */
public record BearerToken(String token) implements WebCredentials {
  static final String SCHEME = "Bearer";
  public static final String TOKEN_ENV = "INJECTPLAN_DICOMWEB_TOKEN";

  public BearerToken {
    if (token == null || !token.matches("[A-Za-z0-9\\-._~+/]+=*")) {
      throw new IllegalArgumentException("a bearer token is one word of RFC 6750 token characters");
    }
  }

  @Override
  public String authorization() {
    return SCHEME + " " + token;
  }

  @Override
  public String toString() {
    return "BearerToken[***]";
  }
}
