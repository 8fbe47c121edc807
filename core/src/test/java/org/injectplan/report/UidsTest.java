package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UidsTest {
  @Test
  void uidsAreValidAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String uid = Uids.newUid();
      assertTrue(uid.matches("2\\.25\\.(0|[1-9][0-9]*)"), uid);
      assertTrue(uid.length() <= 64, uid);
      seen.add(uid);
    }
    assertEquals(2000, seen.size());
  }
}
