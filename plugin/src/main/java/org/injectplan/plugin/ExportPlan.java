package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.io.OpenDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ij.plugin.PlugIn;
import org.injectplan.io.AtomicOutput;
import org.injectplan.plan.Plan;
import org.injectplan.report.PlanReport;
import org.injectplan.scan.Scan;

/**
 * Plugins &gt; Injection Planner &gt; Export Plan...: writes the image's plan into a folder as
 * {@code <scan>-plan.json} and the PDF/A report {@code <scan>-plan.pdf}, and on request as DICOM
 * (Encapsulated PDF {@code <scan>-plan.dcm} and the key image as a Secondary Capture
 * {@code <scan>-plan.sc.dcm}), the same outputs as {@code injectplan report}. Existing files of
 * the same names are replaced. Macro: {@code run("Export Plan...", "folder=[/tmp/out] dicom");}
 */
public class ExportPlan implements PlugIn {

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    MacroDialog d = new MacroDialog("Export Plan");
    String dir = OpenDialog.getDefaultDirectory();
    d.addDirectory("Folder:", dir == null ? System.getProperty("user.home") : dir);
    d.addCheckbox("DICOM Encapsulated PDF and key image too", false);
    d.addCheckbox("Deidentify (remove the patient's identity from every output)", false);
    if (!d.show()) {
      return;
    }
    Commands.run("Export Plan", () -> {
      List<Path> written = export(imp, Path.of(d.nextDirectory()), d.nextBoolean(), d.nextBoolean());
      IJ.log("Export Plan: wrote " + written);
      IJ.showStatus("Export Plan: " + written.size() + " files written");
    });
  }

  /** Writes the outputs; returns them in the order JSON, PDF, then the DICOM files when asked. */
  public static List<Path> export(ImagePlus imp, Path folder, boolean dicom, boolean deidentify) throws Exception {
    Plan plan = ScanImage.requirePlan(imp);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + ": no such folder");
    }
    PlanReport.Outputs out;
    try (Scan scan = ScanImage.open(imp)) {
      out = PlanReport.make(plan, scan, deidentify, Instant.now());
    }
    String stem = stem(imp.getTitle()) + "-plan";
    List<Path> written = new ArrayList<>();
    write(folder.resolve(stem + ".json"), out.planJson(), written);
    write(folder.resolve(stem + ".pdf"), out.pdf(), written);
    if (dicom) {
      write(folder.resolve(stem + ".dcm"), out.encapsulatedPdf(), written);
      write(folder.resolve(stem + ".sc.dcm"), out.secondaryCapture(), written);
    }
    return written;
  }

  private static void write(Path p, byte[] bytes, List<Path> written) throws java.io.IOException {
    AtomicOutput.write(p, true, o -> o.write(bytes));
    written.add(p);
  }

  static String stem(String title) {
    String t = title.toLowerCase(java.util.Locale.ROOT).endsWith(".dcm") ? title.substring(0, title.length() - 4)
        : title;
    return t.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
