package org.injectplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.injectplan.scan.CalibrationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {
  @TempDir
  Path tmp;

  private BadPlanException readBad(String json) throws Exception {
    Path f = tmp.resolve("bad.json");
    Files.writeString(f, json);
    return assertThrows(BadPlanException.class, () -> PlanJson.read(f));
  }

  @Test
  void refusesWhatIsNotAPlanNamingTheFile() throws Exception {
    Path absent = tmp.resolve("missing.json");
    assertEquals(absent + ": no such file",
        assertThrows(BadPlanException.class, () -> PlanJson.read(absent)).getMessage());
    assertTrue(readBad("{").getMessage().startsWith(tmp.resolve("bad.json") + ": not JSON"));
    assertTrue(readBad("[1]").reason().contains("not a JSON object"));
    assertTrue(readBad("{\"version\":\"9\"}").reason().contains("version \"9\" is not supported"));
    assertTrue(readBad("{}").reason().contains("version missing"));
    String missing = readBad("{\"version\":\"1\"}").reason();
    assertTrue(missing.startsWith("not a plan: ") && missing.contains("missing"), missing);
    String wrongType = readBad("{\"version\":\"1\",\"frame\":\"first\"}").reason();
    assertTrue(wrongType.startsWith("not a plan: frame: "), wrongType);
  }

  @Test
  void refusesAnOutOfRangeValueNamingTheKey() throws Exception {
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    String json = PlanJson.toJson(plan).replaceFirst("\"fractionInCapsule\" : [0-9.Ee-]+",
        "\"fractionInCapsule\" : 1.5");
    assertTrue(readBad(json).reason().contains("deposition.fractionInCapsule must be in [0, 1]: 1.5"),
        readBad(json).reason());
  }

  @Test
  void textAndStreamsAreCheckedAsFilesAreNamingTheSource() throws Exception {
    Path source = Path.of("knee-us.dcm (the image's plan)");
    assertThrows(BadPlanException.class, () -> PlanJson.parse(null, source));
    BadPlanException notJson = assertThrows(BadPlanException.class, () -> PlanJson.parse("{", source));
    assertTrue(notJson.getMessage().startsWith(source + ": not JSON"), notJson.getMessage());
    assertEquals(source, notJson.file());
    assertTrue(assertThrows(BadPlanException.class, () -> PlanJson.parse("{\"version\":\"9\"}", source)).reason()
        .contains("version \"9\" is not supported"));
    byte[] huge = new byte[(int) PlanJson.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertTrue(assertThrows(BadPlanException.class, () -> PlanJson.read(new java.io.ByteArrayInputStream(huge),
        source)).reason().contains("not a plan"));
    Plan plan = TestPlans.on(TestPlans.corpus(TestPlans.US_GREY));
    assertEquals(plan, PlanJson.parse(PlanJson.toJson(plan), source));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.write(plan, out);
    assertEquals(plan, PlanJson.read(new java.io.ByteArrayInputStream(out.toByteArray()), source));
  }

  @Test
  void roundTripGivesAnEqualPlan() throws Exception {
    for (String name : new String[] {TestPlans.US_GREY, TestPlans.US_COLOUR, TestPlans.XA_UNCALIBRATED}) {
      Plan plan = TestPlans.on(TestPlans.corpus(name));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlanJson.write(plan, out);
      Path f = tmp.resolve("plan.json");
      Files.write(f, out.toByteArray());
      assertEquals(plan, PlanJson.read(f), name);
    }
  }

  @Test
  void fluoroscopyPlansRoundTripWithTheirNewKeys(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    PlanCalibration detector = new PlanCalibration(0.3, 0.3, org.injectplan.scan.CalibrationSource.IMAGER_PIXEL_SPACING,
        List.of());
    for (boolean biplane : new boolean[] {false, true}) {
      Plan plan = TestPlans.fluoro(TestPlans.corpus(TestPlans.XA_UNCALIBRATED), detector, biplane);
      String json = PlanJson.toJson(plan);
      assertTrue(json.contains("\"depthKnown\" : " + biplane), json);
      assertEquals(biplane, json.contains("\"triangulation\""), json);
      for (String key : new String[] {"points", "xMm", "deadSpaceMl", "deliveredMl", "viableDelivered",
          "lostInDeadSpace", "toCapsule", "intravenous", "cellsPastLungsLow", "cellsPastLungsHigh", "label"}) {
        assertTrue(json.contains("\"" + key + "\""), key);
      }
      Path f = dir.resolve("fluoro" + biplane + ".json");
      Files.writeString(f, json);
      assertEquals(plan, PlanJson.read(f));
    }
  }

  @Test
  void writesTheKeysOfTheContract() throws Exception {
    String json = PlanJson.toJson(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)));
    for (String key : new String[] {"scan", "file", "sopInstanceUid", "studyInstanceUid", "frame", "calibration",
        "mmPerPixelX", "source", "target", "entry", "xPx", "yPx", "approach", "angleDeg", "depthMm", "pathLengthMm",
        "minClearanceMm", "needle", "gauge", "lengthMm", "deposition", "volumeMl", "bolusRadiusMm",
        "fractionInCapsule", "dose", "warnings", "version"}) {
      assertTrue(json.contains("\"" + key + "\""), key);
    }
  }

  @Test
  void readsAPlanAsTheSampleGeneratorWritesIt() throws Exception {
    // The keys of ReferencePlan (samples package) including ones this model does not hold.
    String json = """
        {"scan":{"file":"knee.dcm","sopInstanceUid":"1.2.3.4","studyInstanceUid":"1.2.3"},"frame":0,
         "calibration":{"mmPerPixelX":0.1,"mmPerPixelY":0.1,"source":"US_REGION","region":[0,0,639,479]},
         "target":{"xPx":320.5,"yPx":200.0},"entry":{"xPx":200.0,"yPx":10.0},"joint":"knee",
         "approach":"suprapatellar lateral, in-plane","angleDeg":28.0,"angleReference":"transducer face",
         "depthMm":19.0,"pathLengthMm":22.5,"minClearanceMm":6.25,"avoid":"quadriceps tendon",
         "needle":{"gauge":22,"lengthMm":50.0},
         "deposition":{"volumeMl":5.0,"bolusRadiusMm":10.608,"fractionInCapsule":0.93,"source":"knee"},
         "dose":{"cells":5.0E7,"cellsPerMl":1.0E7,"source":"PMC7384917"},"warnings":[],
         "rules":"UsReferenceRules 1","reference":true,"version":"1"}
        """;
    Path f = tmp.resolve("ref.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    Plan plan = PlanJson.read(f);
    assertEquals(CalibrationSource.US_REGION, plan.calibration().source());
    assertEquals(19.0, plan.depthMm(), 0.0);
    assertEquals(0.93, plan.deposition().fractionInCapsule(), 0.0);
    assertEquals(5.0e7, plan.dose().cells(), 0.0);
    assertNull(plan.capsule());
    assertTrue(plan.avoidStructures().isEmpty());
  }
}
