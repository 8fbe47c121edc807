package org.injectplan.report;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** New DICOM UIDs under the 2.25 root (a random UUID as a decimal number, PS3.5 B.2). */
public final class Uids {
  private Uids() {
  }

  public static String newUid() {
    UUID u = UUID.randomUUID();
    byte[] b = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits())
        .array();
    return "2.25." + new BigInteger(1, b);
  }
}
