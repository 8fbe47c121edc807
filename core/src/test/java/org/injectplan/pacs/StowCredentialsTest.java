package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StowCredentialsTest {
  @TempDir
  Path tmp;

  @Test
  void refusesAFileWithoutUserAndPassword() throws Exception {
    Path f = Files.writeString(tmp.resolve("c"), "no colon here\n");
    assertThrows(IllegalArgumentException.class, () -> StowCredentials.fromFile(f));
    Path empty = Files.writeString(tmp.resolve("e"), "");
    assertThrows(IllegalArgumentException.class, () -> StowCredentials.fromFile(empty));
  }

  @Test
  void readsFileAndEnvironmentAndNeverPrintsThePassword() throws Exception {
    Path f = Files.writeString(tmp.resolve("c"), "alice:pa:ss word\nignored\n");
    StowCredentials c = StowCredentials.fromFile(f);
    assertEquals(new StowCredentials("alice", "pa:ss word"), c);
    assertEquals("Basic YWxpY2U6cGE6c3Mgd29yZA==", c.authorization());
    assertFalse(c.toString().contains("pa:ss"));
    assertEquals(Optional.empty(), StowCredentials.fromEnvironment(Map.of(StowCredentials.USER_ENV, "u")));
    assertTrue(StowCredentials.fromEnvironment(Map.of(StowCredentials.USER_ENV, "u", StowCredentials.PASSWORD_ENV,
        "p")).isPresent());
  }
}
