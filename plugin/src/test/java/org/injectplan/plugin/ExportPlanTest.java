package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export Plan through its static method and through the recorded macro. */
class ExportPlanTest {
  @TempDir
  Path out;

  @Test
  void refusesAnImageWithoutAPlan() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExportPlan.export(imp, out, false, false));
    assertTrue(e.getMessage().contains("Plan Trajectory"), e.getMessage());
  }

  @Test
  void refusesAMissingFolder() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    assertThrows(IllegalArgumentException.class, () -> ExportPlan.export(imp, out.resolve("nowhere"), false, false));
  }

  @Test
  void writesThePlanAsJsonAndAPdfReport() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    Plan plan = PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    List<Path> written = ExportPlan.export(imp, out, false, false);
    assertEquals(List.of(out.resolve("knee-us-plan.json"), out.resolve("knee-us-plan.pdf")), written);
    Plan exported = PlanJson.read(written.get(0));
    assertEquals(plan, exported.withProvenance(null), "the image's plan, with its provenance added");
    assertEquals(org.injectplan.plan.FrameDigest.ofFile(ScanImage.scanFile(imp)), exported.provenance().scanSha256());
    byte[] pdf = Files.readAllBytes(written.get(1));
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 5));
    assertTrue(pdf.length > 10_000, "a report with its key image: " + pdf.length + " bytes");
  }

  @Test
  void writesDicomEncapsulatedPdfAndTheKeyImageOnRequest() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    PlanTrajectory.plan(imp, PlanChoices.of("knee"), null, null);
    List<Path> written = ExportPlan.export(imp, out, true, true);
    assertEquals(6, written.size(), "JSON, PDF, Encapsulated PDF, key image, SEG and SR: " + written);
    for (Path dcm : written.subList(2, 4)) {
      byte[] b = Files.readAllBytes(dcm);
      assertEquals("DICM", new String(b, 128, 4, StandardCharsets.US_ASCII), dcm + " is a DICOM file");
    }
    assertEquals(out.resolve("knee-us-plan.sc.dcm"), written.get(3));
    assertEquals(out.resolve("knee-us-plan.seg.dcm"), written.get(4));
    assertEquals(out.resolve("knee-us-plan.sr.dcm"), written.get(5));
  }

  @Test
  void theRecordedMacroWritesTheSameFiles() throws Exception {
    HeadlessImageJ.run(String.join("\n",
        "run(\"Open Sample...\", \"sample=hip-us\");",
        "run(\"Segment Capsule\");",
        "run(\"Plan Trajectory...\", \"joint=hip volume=0 cells=50000000 maximum=0 clearance=2 side=either\");",
        "run(\"Export Plan...\", \"folder=[" + out + "] dicom\");"));
    for (String name : new String[] {"hip-us-plan.json", "hip-us-plan.pdf", "hip-us-plan.dcm", "hip-us-plan.sc.dcm",
        "hip-us-plan.seg.dcm", "hip-us-plan.sr.dcm"}) {
      assertTrue(Files.size(out.resolve(name)) > 0, name);
    }
    assertEquals("hip", PlanJson.read(out.resolve("hip-us-plan.json")).joint());
  }

  @Test
  void theFileNameIsTheScansWithoutItsExtension() {
    assertEquals("knee-us", ExportPlan.stem("knee-us.dcm"));
    assertEquals("a_b", ExportPlan.stem("a b"));
  }
}
