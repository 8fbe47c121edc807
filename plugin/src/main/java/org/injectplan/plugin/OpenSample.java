package org.injectplan.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.injectplan.image.Mask;

/**
 * Plugins &gt; Injection Planner &gt; Open Sample...: opens one of the sample scans (ultrasound and
 * fluoroscopy, with their truth and reference plans) as Open Scan would, and draws the sample's
 * structures to avoid and its bone (with the acoustic shadow) as overlay elements named
 * {@code avoid: <name>} and {@code bone}, which Plan Trajectory takes into account. Macro:
 * {@code run("Open Sample...", "sample=knee-us");}
 */
public class OpenSample implements PlugIn {
  static final String DEFAULT = "knee-us";
  /** Overlay names of the structures Plan Trajectory avoids. */
  static final String AVOID = "avoid: ";
  static final String BONE = "bone";

  @Override
  public void run(String arg) {
    MacroDialog d = new MacroDialog("Open Sample");
    d.addChoice("Sample:", SampleFiles.ids(), DEFAULT);
    d.addMessage("Ultrasound (-us, -cine) and fluoroscopy (-xa) scans with a reference plan (docs/samples.md)");
    if (!d.show()) {
      return;
    }
    String id = d.nextChoice();
    Commands.run("Open Sample", () -> open(id).show());
  }

  /** The sample as an image, calibrated, with its structures drawn. */
  public static ImagePlus open(String id) throws IOException {
    Path dicom = SampleFiles.extract(id);
    ImagePlus imp = OpenScan.open(dicom);
    imp.setProp(ScanImage.SAMPLE_KEY, id);
    JsonNode reference = new ObjectMapper().readTree(dicom.resolveSibling(id + ".plan.json").toFile());
    String avoidName = reference.path("avoid").asText("");
    for (int f = 0; f < imp.getStackSize(); f++) {
      List<Roi> rois = new ArrayList<>();
      for (var e : SampleFiles.structures(dicom, avoidName, f).entrySet()) {
        rois.add(PlanOverlay.styled(MaskRois.roi(e.getValue()), AVOID + e.getKey(), PlanOverlay.STRUCTURE, 1));
      }
      Mask bone = SampleFiles.mask(dicom, "bone", f);
      if (bone != null && !bone.isEmpty()) {
        rois.add(PlanOverlay.styled(MaskRois.roi(bone), BONE, PlanOverlay.BONE, 1));
      }
      addAt(imp, rois, imp.getStackSize() > 1 ? f + 1 : 0);
    }
    return imp;
  }

  private static void addAt(ImagePlus imp, List<Roi> rois, int position) {
    for (Roi r : rois) {
      PlanOverlay.add(imp, r, position);
    }
  }
}
