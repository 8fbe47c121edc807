package org.injectplan.plugin;

import ij.IJ;
import ij.gui.HTMLDialog;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Plugins &gt; Injection Planner &gt; Help: the workflow in a few lines, then the whole user guide
 * (docs/imagej.md, carried inside the jar, so it works offline), in a window that wraps its
 * text. Help &gt; About Plugins &gt; About Injection Planner... ({@code arg} "about"): the version
 * from the jar's manifest (Implementation-Version).
 */
public class Help implements PlugIn {
  /** The user guide, in the InjectPlan source tree. */
  static final String GUIDE = "docs/imagej.md";
  /** The same guide inside the jar. */
  static final String GUIDE_RESOURCE = "/org/injectplan/plugin/guide/imagej.md";

  @Override
  public void run(String arg) {
    boolean about = "about".equals(arg);
    if (GraphicsEnvironment.isHeadless()) {
      IJ.log(about ? about() : text());
    } else if (about) {
      new HTMLDialog("About Injection Planner", "<html><body>" + html(about()) + "</body></html>", false);
    } else {
      new HTMLDialog("Injection Planner Help", "<html><body style='width:560px'>" + html(text()) + "<hr>"
          + GuideHtml.of(guide()) + "</body></html>", false);
    }
  }

  /** The version of this build, from the jar's manifest; "development build" when run from classes. */
  public static String version() {
    String v = Help.class.getPackage() == null ? null : Help.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "development build" : v;
  }

  /** The About text: name, version, what it is and is not. */
  public static String about() {
    return String.join("\n",
        "InjectPlan (Injection Planner) " + version(),
        "Image-guided joint injection planning for ImageJ: a planning aid, to be confirmed under live imaging.",
        "User guide: Plugins > Injection Planner > Help (inside this jar; " + GUIDE + " in the source tree).");
  }

  /** The user guide's text (Markdown) from the jar, or a line saying where it is when the jar lacks it. */
  public static String guide() {
    try (InputStream in = Help.class.getResourceAsStream(GUIDE_RESOURCE)) {
      if (in == null) {
        return "The user guide is " + GUIDE + " in the InjectPlan source tree (this build does not carry it).";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "The user guide could not be read from the jar: " + e.getMessage();
    }
  }

  /** The help text. */
  public static String text() {
    return String.join("\n",
        "InjectPlan " + version() + ": image-guided joint injection planning (a planning aid; confirm under live"
            + " imaging).",
        "",
        "1. Open Scan... (a DICOM file) or Open Sample... (a sample scan with a reference plan),",
        "   or Open from PACS... (search a PACS by patient, date and modality; retrieve a series).",
        "2. Segment Capsule: a point selection is a click inside the recess; without one it is automatic.",
        "   A cine is segmented frame by frame. Area (mm\u00b2), centroid and confidence go to the Capsule"
            + " Segmentation table.",
        "3. Plan Trajectory...: a point selection is the target, a line runs from the entry to the target;",
        "   structures to avoid come from the overlay (avoid: ..., bone), the ROI Manager and, ticked,",
        "   the image itself (bone and vessels found). The plan's line stays selected: drag its ends to replan.",
        "   A path through a structure is drawn in yellow and named (crosses ...). Figures: Injection Plan table.",
        "   Fluoroscopy: down the beam from a point on the target (else the joint space found); one view",
        "   leaves the depth unknown.",
        "4. Export Plan...: plan JSON and PDF/A report, optionally DICOM, into a folder.",
        "5. Check Needle...: on a frame with the needle in, its angle and tip against the plan.",
        "Practice...: plan on a sample, be scored against its reference plan (shown dashed in orange).",
        "Frames are numbered from 1, as ImageJ numbers slices.",
        "",
        "Every command is macro-recordable (Plugins > Macros > Record) and runs headless.",
        "User guide (below, and " + GUIDE + " in the InjectPlan source tree).");
  }

  private static String html(String text) {
    return "<p>" + GuideHtml.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
  }
}
