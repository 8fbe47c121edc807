package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code injectplan plan} and {@code injectplan practice} on the samples, through the command line. */
class CommandsSamplesTest {
  @TempDir
  Path tmp;


  @Test
  void badInputExitsTwoWithOneLine() {
    Path dcm = Samples.dicom("knee-us");
    String[] r = Samples.run("plan", dcm.toString(), "--capsule", tmp.resolve("none.png").toString(), "--out",
        tmp.resolve("p.json").toString());
    assertEquals("2", r[0]);
    assertEquals(1, r[2].lines().count(), r[2]);
    assertTrue(r[2].startsWith("error: " + tmp.resolve("none.png")), r[2]);
    r = Samples.run("plan", dcm.toString(), "--lateral", Samples.dicom("spine-lateral-xa").toString(), "--out",
        tmp.resolve("p.json").toString());
    assertEquals("2", r[0], "a second view on ultrasound");
    r = Samples.run("plan", dcm.toString(), "--capsule", Samples.folder("hip-ap-xa").resolve("masks/joint-space-f00.png")
        .toString(), "--out", tmp.resolve("p.json").toString());
    assertEquals("2", r[0], "mask of another size");
  }

  @Test
  void planWritesAPlanWithTheReferenceDepth() throws Exception {
    Path m = Samples.folder("shoulder-us").resolve("masks");
    Path out = tmp.resolve("plan.json");
    String[] r = Samples.run("plan", Samples.dicom("shoulder-us").toString(), "--joint", "shoulder", "--capsule",
        m.resolve("capsule-f00.png").toString(), "--avoid", m.resolve("avoid-f00.png").toString(), "--bone",
        m.resolve("bone-f00.png").toString(), "--out", out.toString());
    assertEquals("0", r[0], r[2]);
    Plan p = PlanJson.read(out);
    assertEquals(Samples.plan("shoulder-us").get("depthMm").asDouble(), p.depthMm(), 1.0);
    assertTrue(r[1].contains("intravenous comparison"), r[1]);
  }

  @Test
  void planFindsTheCapsuleItselfAutomaticallyOrFromAClick() throws Exception {
    Path m = Samples.folder("knee-us").resolve("masks");
    Mask truth = MaskPng.read(m.resolve("capsule-f00.png"));
    double refDepth = Samples.plan("knee-us").get("depthMm").asDouble();
    var ref = Samples.plan("knee-us").get("target");
    String seed = (int) ref.get("xPx").asDouble() + "," + (int) ref.get("yPx").asDouble();
    for (String[] mode : new String[][] {{}, {"--seed", seed}}) {
      Path out = tmp.resolve("plan" + mode.length + ".json");
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("plan",
          Samples.dicom("knee-us").toString(), "--joint", "knee", "--avoid", m.resolve("avoid-f00.png").toString(),
          "--bone", m.resolve("bone-f00.png").toString(), "--out", out.toString()), java.util.Arrays.stream(mode))
          .toArray(String[]::new);
      String[] r = Samples.run(args);
      assertEquals("0", r[0], r[2]);
      Plan p = PlanJson.read(out);
      assertTrue(truth.get((int) p.target().xPx(), (int) p.target().yPx()), "target inside the true capsule");
      assertEquals(refDepth, p.depthMm(), 1.0);
    }
  }

  @Test
  void planRefusesAFrameWithoutACapsule() {
    Path echo = Path.of(System.getProperty("injectplan.corpus"), "real", "US-PAL-8-10x-echo.dcm");
    String[] r = Samples.run("plan", echo.toString(), "--out", tmp.resolve("p.json").toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith("error: " + echo + ": no capsule found"), r[2]);
    String[] both = Samples.run("plan", Samples.dicom("knee-us").toString(), "--seed", "300,180", "--capsule",
        Samples.folder("knee-us").resolve("masks/capsule-f00.png").toString(), "--out",
        tmp.resolve("q.json").toString());
    assertEquals("2", both[0], both[2]);
  }

  @Test
  void practicePassesTheReferenceAndFailsAFarTarget() {
    Path dcm = Samples.dicom("hip-us");
    String t = "--target";
    String[] ok = Samples.run("practice", dcm.toString(), t, xy("target"), "--entry", xy("entry"));
    assertEquals("0", ok[0], ok[2]);
    assertTrue(ok[1].contains("PASS"), ok[1]);
    String[] bad = Samples.run("practice", dcm.toString(), t, "100,100", "--entry", "60,40");
    assertEquals("0", bad[0], bad[2]);
    assertTrue(bad[1].contains("FAIL"), bad[1]);
  }

  /** On fluoroscopy the command scores against the joint region: the spine AP and lateral references pass. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"spine-ap-xa", "spine-lateral-xa"})
  void practicePassesTheSpineApAndLateralReference(String id) throws Exception {
    var target = Samples.plan(id).get("target");
    String t = target.get("xPx").asDouble() + "," + target.get("yPx").asDouble();
    String[] ok = Samples.run("practice", Samples.dicom(id).toString(), "--target", t, "--entry", t);
    assertEquals("0", ok[0], ok[2]);
    assertTrue(ok[1].contains("in capsule: true"), ok[1]);
    assertTrue(ok[1].contains("PASS"), ok[1]);
  }

  private static String xy(String key) {
    try {
      var n = Samples.plan("hip-us").get(key);
      return n.get("xPx").asDouble() + "," + n.get("yPx").asDouble();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
