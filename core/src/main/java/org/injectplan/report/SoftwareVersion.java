package org.injectplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of InjectPlan that writes an object: the jar's Implementation-Version, else the
 * version Maven recorded in the jar (META-INF/maven/.../pom.properties), else the version the
 * build filtered into {@code org/injectplan/plan/build.properties} (a build run from classes, as
 * in the tests), else "development". The one place the DICOM objects read it from.
 */
final class SoftwareVersion {
  private static final String POM_PROPERTIES = "/META-INF/maven/org.injectplan/injectplan-core/pom.properties";

  private SoftwareVersion() {
  }

  /** "InjectPlan 1.2.3", or "InjectPlan development". */
  static String text() {
    return "InjectPlan " + number();
  }

  /** The bare version, or "development". */
  static String number() {
    String v = SoftwareVersion.class.getPackage().getImplementationVersion();
    if (v != null && !v.isBlank()) {
      return v;
    }
    try (InputStream in = SoftwareVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String pom = p.getProperty("version");
        if (pom != null && !pom.isBlank()) {
          return pom;
        }
      }
    } catch (IOException e) {
      // An unreadable resource in our own jar: fall through to "development".
    }
    return org.injectplan.plan.Provenance.buildVersion();
  }
}
