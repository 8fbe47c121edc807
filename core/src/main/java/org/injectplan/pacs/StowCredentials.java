package org.injectplan.pacs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Basic credentials for STOW-RS, never taken from the command line (where they would show in
 * process lists and logs): from the environment ({@value #USER_ENV}, {@value #PASSWORD_ENV}) or
 * from a file holding {@code user:password} on its first line.
 */
public record StowCredentials(String user, String password) implements WebCredentials {
  public static final String USER_ENV = "INJECTPLAN_STOW_USER";
  public static final String PASSWORD_ENV = "INJECTPLAN_STOW_PASSWORD";

  public StowCredentials {
    if (user == null || user.isEmpty() || user.contains(":") || password == null) {
      throw new IllegalArgumentException("STOW credentials need a user without ':' and a password");
    }
  }

  /** From the environment, when both variables are set. */
  public static Optional<StowCredentials> fromEnvironment(Map<String, String> env) {
    String u = env.get(USER_ENV);
    String p = env.get(PASSWORD_ENV);
    return u == null || p == null ? Optional.empty() : Optional.of(new StowCredentials(u, p));
  }

  /** From a file whose first line is {@code user:password}. */
  public static StowCredentials fromFile(Path file) throws IOException {
    String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(file + ": credentials file must hold user:password on its first line");
    }
    return new StowCredentials(line.substring(0, colon), line.substring(colon + 1));
  }

  @Override
  public String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "StowCredentials[user=" + user + ", password=***]";
  }
}
