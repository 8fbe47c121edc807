package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PacsAddressTest {
  @Test
  void refusesMalformedAddresses() {
    for (String bad : new String[] {"", "PACS", "@host:104", "PACS@:104", "PACS@host:", "PACS@host:0",
        "PACS@host:70000", "PACS@host:x", "SEVENTEEN_CHARS_X@host:104", "A\\B@host:104"}) {
      assertThrows(IllegalArgumentException.class, () -> PacsAddress.parse(bad), bad);
    }
  }

  @Test
  void parsesAndPrintsBack() {
    PacsAddress a = PacsAddress.parse("ORTHANC@127.0.0.1:4242");
    assertEquals(new PacsAddress("ORTHANC", "127.0.0.1", 4242), a);
    assertEquals("ORTHANC@127.0.0.1:4242", a.toString());
  }
}
