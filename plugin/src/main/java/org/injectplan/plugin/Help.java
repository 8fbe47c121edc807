package org.injectplan.plugin;

import ij.IJ;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;

/** Plugins &gt; Injection Planner &gt; Help: the workflow in a few lines and where the guide is. */
public class Help implements PlugIn {
  /** The user guide, in the InjectPlan source tree. */
  static final String GUIDE = "docs/imagej.md";

  @Override
  public void run(String arg) {
    if (GraphicsEnvironment.isHeadless()) {
      IJ.log(text());
    } else {
      new ij.text.TextWindow("Injection Planner Help", text(), 640, 420);
    }
  }

  /** The help text. */
  public static String text() {
    return String.join("\n",
        "InjectPlan: image-guided joint injection planning (a planning aid; confirm under live imaging).",
        "",
        "1. Open Scan... (a DICOM file) or Open Sample... (a sample scan with a reference plan),",
        "   or Open from PACS... (search a PACS by patient, date and modality; retrieve a series).",
        "2. Segment Capsule: a point selection is a click inside the recess; without one it is automatic.",
        "   A cine is segmented frame by frame. Area (mm^2), centroid and confidence go to the Results table.",
        "3. Plan Trajectory...: a point selection is the target, a line runs from the entry to the target;",
        "   structures to avoid come from the overlay (avoid: ..., bone), the ROI Manager and, ticked,",
        "   the image itself (bone and vessels found). Move the line and run it again to replan.",
        "   Fluoroscopy: down the beam from a point on the target (else the joint space found); one view",
        "   leaves the depth unknown.",
        "4. Export Plan...: plan JSON and PDF/A report, optionally DICOM, into a folder.",
        "5. Check Needle...: on a frame with the needle in, its angle and tip against the plan.",
        "Practice...: plan on a sample, be scored against its reference plan (shown in orange).",
        "",
        "Every command is macro-recordable (Plugins > Macros > Record) and runs headless.",
        "User guide, with a picture of each step: " + GUIDE + " in the InjectPlan source tree.");
  }
}
