package org.injectplan.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What made a plan, so that it can be checked later: the software and its version (from the
 * build), the parameters of the workflow, when, and the SHA-256 digests of the scan file and of
 * the planned frame's decoded pixels ({@link FrameDigest}).
 *
 * @param software "InjectPlan"
 * @param softwareVersion the build's version ({@link #buildVersion()})
 * @param createdUtc when the plan was made, ISO-8601 UTC
 * @param parameters the workflow's parameters by name (segmentation, finding, planning, preset),
 *     as text; files are named by their role, never by their path
 * @param scanSha256 SHA-256 of the scan file, 64 lower-case hex digits
 * @param framePixelsSha256 SHA-256 of the planned frame's decoded pixels ({@link FrameDigest})
 * @param frameColumns the planned frame's width, pixels
 * @param frameRows the planned frame's height, pixels
 */
public record Provenance(String software, String softwareVersion, String createdUtc, Map<String, String> parameters,
    String scanSha256, String framePixelsSha256, int frameColumns, int frameRows) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Provenance {
    PlanChecks.requireText(software, "provenance.software");
    PlanChecks.requireText(softwareVersion, "provenance.softwareVersion");
    PlanChecks.requireText(createdUtc, "provenance.createdUtc");
    try {
      java.time.Instant.parse(createdUtc);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("provenance.createdUtc is not an ISO-8601 instant: " + createdUtc, e);
    }
    parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    requireDigest(scanSha256, "provenance.scanSha256");
    requireDigest(framePixelsSha256, "provenance.framePixelsSha256");
    if (frameColumns < 1 || frameRows < 1 || frameColumns > 65535 || frameRows > 65535) {
      throw new IllegalArgumentException("provenance.frameColumns/frameRows must be in 1..65535: " + frameColumns
          + " x " + frameRows);
    }
  }

  private static void requireDigest(String d, String key) {
    if (d == null || !SHA256.matcher(d).matches()) {
      throw new IllegalArgumentException(key + " must be 64 lower-case hex digits: " + d);
    }
  }

  /**
   * The provenance of a plan made now on {@code frame} of {@code scan}, by this build, with these
   * parameters: the digests are computed here (the file is read once more, the frame decoded).
   */
  public static Provenance of(org.injectplan.scan.Scan scan, int frame, Map<String, String> parameters)
      throws IOException {
    return new Provenance("InjectPlan", buildVersion(),
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), parameters,
        FrameDigest.ofFile(scan.file()), FrameDigest.ofPixels(scan.frame(frame)), scan.columns(), scan.rows());
  }

  /** The version the build wrote into {@code build.properties}, or "development" when run from unfiltered classes. */
  public static String buildVersion() {
    try (InputStream in = Provenance.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank() && !v.contains("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // Our own resource unreadable: fall through.
    }
    return "development";
  }

  /** The first 12 hex digits of a digest, as the report shows it. */
  public static String shortDigest(String sha256) {
    return sha256.substring(0, 12);
  }
}
