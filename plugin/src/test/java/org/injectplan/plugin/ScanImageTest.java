package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.io.IOException;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.junit.jupiter.api.Test;

/** What ties an image to InjectPlan: its scan file, its sample and the plan kept on it as text. */
class ScanImageTest {
  @Test
  void refusesAnImageWithoutAScanAndAPlanThatIsNotOne() {
    ImagePlus blank = ij.IJ.createImage("blank", "8-bit black", 16, 16, 1);
    assertThrows(IllegalArgumentException.class, () -> ScanImage.scanFile(blank));
    assertThrows(IllegalArgumentException.class, () -> ScanImage.requirePlan(blank));
    blank.setProp(ScanImage.PLAN_KEY, "{\"version\":\"1\"}");
    IOException e = assertThrows(IOException.class, () -> ScanImage.plan(blank));
    assertTrue(e.getMessage().startsWith("blank: the plan kept on the image is not valid: not a plan"), e.getMessage());
    assertThrows(IOException.class, () -> ScanImage.parse("{", "blank"));
  }

  @Test
  void theSamplesReferencePlanReadsBackFromItsText() throws Exception {
    ImagePlus imp = OpenSample.open("knee-us");
    assertEquals("knee-us", ScanImage.sample(imp).orElseThrow());
    Plan reference = PlanJson.read(ScanImage.scanFile(imp).resolveSibling("knee-us.plan.json"));
    ScanImage.setPlan(imp, reference);
    assertEquals(reference, ScanImage.requirePlan(imp));
    assertEquals(reference, ScanImage.parse(PlanJson.toJson(reference), imp.getTitle()));
  }
}
