package org.injectplan.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;

/** The plan's JSON Schema: published in docs/, on the class path, and every plan we write validates. */
class PlanSchemaTest {
  static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @Test
  void theSchemaInDocsIsTheOneOnTheClassPath() throws Exception {
    Path docs = Path.of("../docs/plan.schema.json");
    assertTrue(Files.isRegularFile(docs), docs.toAbsolutePath().toString());
    try (InputStream in = PlanSchema.class.getResourceAsStream("/org/injectplan/plan/plan.schema.json")) {
      assertArrayEquals(Files.readAllBytes(docs), in.readAllBytes());
    }
  }

  @Test
  void hostileOrMalformedPlansDoNotValidate() throws Exception {
    String good = PlanJson.toJson(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)));
    assertEquals(List.of(), PlanSchema.errors(good));
    String longWarnings = good.replaceFirst("\"warnings\" : \\[[^\\]]*\\]", "\"warnings\" : [\""
        + "x".repeat(5000) + "\"]");
    assertFalse(PlanSchema.errors(longWarnings).isEmpty(), "a 5000-character warning");
    String text = good.replaceFirst("\"xPx\" : [0-9.Ee-]+", "\"xPx\" : \"left\"");
    assertFalse(PlanSchema.errors(text).isEmpty(), "a coordinate as text");
    String version = good.replace("\"version\" : \"1\"", "\"version\" : \"2\"");
    assertFalse(PlanSchema.errors(version).isEmpty(), "another version");
    String gauge = good.replaceFirst("\"gauge\" : 22", "\"gauge\" : 99");
    assertFalse(PlanSchema.errors(gauge).isEmpty(), "a gauge out of range");
  }

  @Test
  void theFixturesAndAPlanWithProvenanceValidate() throws Exception {
    Path xa = TestPlans.corpus(TestPlans.XA_UNCALIBRATED);
    PlanCalibration cal = new PlanCalibration(0.3, 0.3, CalibrationSource.IMAGER_PIXEL_SPACING, List.of());
    for (Plan p : List.of(TestPlans.on(TestPlans.corpus(TestPlans.US_COLOUR)), TestPlans.on(xa),
        TestPlans.fluoro(xa, cal, false), TestPlans.fluoro(xa, cal, true))) {
      assertEquals(List.of(), PlanSchema.errors(p));
    }
    Plan stamped = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)).withProvenance(new Provenance("InjectPlan",
        Provenance.buildVersion(), "2026-12-02T07:00:00Z", Map.of("joint", "knee"), SHA, SHA, 1024, 768));
    assertEquals(List.of(), PlanSchema.errors(stamped));
    assertEquals(stamped, PlanJson.parse(PlanJson.toJson(stamped), Path.of("stamped")), "round trip");
  }

  @Test
  void provenanceRefusesBadDigestsAndTimes() {
    assertThrows(IllegalArgumentException.class, () -> new Provenance("InjectPlan", "1", "2026-12-02T07:00:00Z",
        Map.of(), "ABC", SHA, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new Provenance("InjectPlan", "1", "yesterday", Map.of(), SHA,
        SHA, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new Provenance("InjectPlan", "1", "2026-12-02T07:00:00Z",
        Map.of(), SHA, SHA, 0, 10));
  }

  @Test
  void theBuildFilteredItsVersionIntoTheClasses() {
    String v = Provenance.buildVersion();
    assertFalse(v.contains("${"), v);
    assertTrue(v.matches("\\d+\\.\\d+\\.\\d+.*"), "the project's version: " + v);
  }
}
