package org.injectplan.pacs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a DICOMweb request carries in its {@code Authorization} header: HTTP Basic
 * ({@link StowCredentials}, user and password) or a bearer token ({@link BearerToken}). Neither is
 * ever taken from the command line; both come from a file or the environment.
 */
public sealed interface WebCredentials permits StowCredentials, BearerToken {
  /** The value of the {@code Authorization} header. */
  String authorization();

  /**
   * From a file: a first line {@code Bearer TOKEN} is a bearer token, any other first line must be
   * {@code user:password}.
   */
  static WebCredentials fromFile(Path file) throws IOException {
    String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    if (line.regionMatches(true, 0, BearerToken.SCHEME + " ", 0, BearerToken.SCHEME.length() + 1)) {
      return new BearerToken(line.substring(BearerToken.SCHEME.length() + 1).strip());
    }
    return StowCredentials.fromFile(file);
  }

  /** From the environment: {@value BearerToken#TOKEN_ENV}, else the Basic user and password variables. */
  static Optional<WebCredentials> fromEnvironment(Map<String, String> env) {
    String token = env.get(BearerToken.TOKEN_ENV);
    if (token != null && !token.isBlank()) {
      return Optional.of(new BearerToken(token.strip()));
    }
    return StowCredentials.fromEnvironment(env).map(c -> c);
  }
}
