package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Roi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.injectplan.image.Mask;
import org.junit.jupiter.api.Test;

/** Open Sample through its static method and through the macro a user would record. */
class OpenSampleTest {

  @Test
  void refusesAnUnknownSampleNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenSample.open("elbow-us"));
    assertTrue(e.getMessage().contains("elbow-us") && e.getMessage().contains("knee-us"), e.getMessage());
  }

  @Test
  void theKneeSampleOpensCalibratedWithItsStructuresAndItsReferencePlanBesideIt() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    assertEquals("knee-us.dcm", imp.getTitle());
    assertEquals("mm", imp.getCalibration().getUnit());
    assertEquals(0.09, imp.getCalibration().pixelWidth, 1e-12, "the sample's ultrasound region");
    assertEquals("knee-us", imp.getProp(ScanImage.SAMPLE_KEY));
    Path dicom = ScanImage.scanFile(imp);
    assertTrue(Files.isRegularFile(dicom.resolveSibling("knee-us.plan.json")));
    Roi avoid = PlanOverlay.named(imp, OpenSample.AVOID).get(0);
    assertEquals("avoid: lateral superior genicular artery", avoid.getName());
    Mask truth = SampleFiles.mask(dicom, "avoid", 0);
    Mask drawn = MaskRois.mask(avoid, imp.getWidth(), imp.getHeight());
    assertEquals(truth.count(), drawn.count(), "the drawn structure is the sample's mask, pixel for pixel");
    assertEquals(1, PlanOverlay.named(imp, OpenSample.BONE).size());
  }

  @Test
  void aCineSampleHasItsStructuresOnEveryFrame() throws Exception {
    ImagePlus imp = OpenSample.open("knee-cine");
    assertEquals(12, imp.getStackSize());
    assertEquals(12, PlanOverlay.named(imp, OpenSample.AVOID).size());
    assertTrue(PlanOverlay.named(imp, OpenSample.AVOID).stream().allMatch(r -> r.getPosition() >= 1));
  }

  @Test
  void theRecordedMacroOpensTheSameSample() throws Exception {
    ImagePlus imp = HeadlessImageJ.runAndKeepImage("run(\"Open Sample...\", \"sample=hip-us\");");
    assertEquals("hip-us.dcm", imp.getTitle());
    assertEquals("hip-us", imp.getProp(ScanImage.SAMPLE_KEY));
    assertEquals(OpenSample.open("hip-us").getOverlay().size(), imp.getOverlay().size());
  }
}
