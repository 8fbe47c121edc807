package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebCredentialsTest {
  @TempDir
  Path tmp;

  @Test
  void refusesATokenThatIsNotOneWord() throws Exception {
    Path f = Files.writeString(tmp.resolve("t"), "Bearer two words\n");
    assertThrows(IllegalArgumentException.class, () -> WebCredentials.fromFile(f));
    assertThrows(IllegalArgumentException.class, () -> new BearerToken(""));
  }

  @Test
  void aBearerLineIsATokenAnyOtherIsUserAndPassword() throws Exception {
    WebCredentials t = WebCredentials.fromFile(Files.writeString(tmp.resolve("t"), "Bearer eyJ.abc-_~+/=\n"));
    assertEquals("Bearer eyJ.abc-_~+/=", t.authorization());
    assertFalse(t.toString().contains("eyJ"));
    WebCredentials b = WebCredentials.fromFile(Files.writeString(tmp.resolve("b"), "alice:secret\n"));
    assertEquals(new StowCredentials("alice", "secret"), b);
    assertEquals(Optional.of(new BearerToken("tok")), WebCredentials.fromEnvironment(Map.of(BearerToken.TOKEN_ENV,
        "tok", StowCredentials.USER_ENV, "u", StowCredentials.PASSWORD_ENV, "p")));
    assertEquals(Optional.of(new StowCredentials("u", "p")), WebCredentials.fromEnvironment(Map.of(
        StowCredentials.USER_ENV, "u", StowCredentials.PASSWORD_ENV, "p")));
  }
}
