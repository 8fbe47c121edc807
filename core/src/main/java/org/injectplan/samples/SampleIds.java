package org.injectplan.samples;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic identities: UIDs as {@code 2.25.} plus the decimal of a name-based UUID of the
 * seed, case and role (PS3.5 B.2), and per-stage random seeds. The same inputs always give the
 * same values, so regenerated files are byte-identical.
 */
public record SampleIds(long seed, String caseId) {
  private static final String NAMESPACE = "org.injectplan.samples/";

  public SampleIds {
    if (caseId == null || caseId.isBlank()) {
      throw new IllegalArgumentException("caseId must not be blank: " + caseId);
    }
  }

  /** A UID for {@code role} (e.g. "study", "series", "instance") of this case. */
  public String uid(String role) {
    UUID u = nameUuid(role);
    ByteBuffer b = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return "2.25." + new BigInteger(1, b.array());
  }

  /** A UID shared by every case of the same seed (e.g. the spine AP/lateral study). */
  public static String sharedUid(long seed, String name) {
    return new SampleIds(seed, "shared").uid(name);
  }

  /** A seed for one random stage (scatterers, noise, anatomy) of this case. */
  public long stageSeed(String stage) {
    return nameUuid("seed/" + stage).getMostSignificantBits();
  }

  private UUID nameUuid(String role) {
    return UUID.nameUUIDFromBytes((NAMESPACE + seed + "/" + caseId + "/" + role).getBytes(StandardCharsets.UTF_8));
  }
}
