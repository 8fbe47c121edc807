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
 * (Encapsulated PDF {@code <scan>-plan.dcm}, the key image as a Secondary Capture
 * {@code <scan>-plan.sc.dcm}, the capsule and structures as a DICOM Segmentation
 * {@code <scan>-plan.seg.dcm} and the figures as a TID 1500 Measurement Report
 * {@code <scan>-plan.sr.dcm}), the same outputs as {@code injectplan report}. Existing files of
 * the same names are replaced. The folder is remembered (ImageJ's preferences) and, when asked,
 * created. Macro: {@code run("Export Plan...", "folder=[/tmp/out] create dicom");}
 */
public class ExportPlan implements PlugIn {
  /** ImageJ preference key of the last export folder. */
  static final String FOLDER_PREF = "injectplan.export.folder";

  @Override
  public void run(String arg) {
    ImagePlus imp = IJ.getImage();
    MacroDialog d = new MacroDialog("Export Plan");
    d.addDirectory("Folder:", lastFolder());
    d.addCheckbox("Create the folder if it does not exist", false);
    d.addCheckbox("DICOM: Encapsulated PDF, key image, Segmentation and Measurement Report too", false);
    d.addCheckbox("Deidentify (remove the patient's identity from every output)", false);
    if (!d.show()) {
      return;
    }
    Commands.run("Export Plan", () -> {
      Path folder = Path.of(d.nextDirectory());
      boolean create = d.nextBoolean();
      List<Path> written = export(imp, folder, create, d.nextBoolean(), d.nextBoolean());
      ij.Prefs.set(FOLDER_PREF, folder.toAbsolutePath().toString());
      IJ.log("Export Plan: wrote " + written);
      IJ.showStatus("Export Plan: " + written.size() + " files written");
    });
  }

  /** The folder of the last export (ImageJ's preferences), else ImageJ's default folder, else home. */
  static String lastFolder() {
    String dir = OpenDialog.getDefaultDirectory();
    return ij.Prefs.get(FOLDER_PREF, dir == null ? System.getProperty("user.home") : dir);
  }

  /**
   * As {@link #export(ImagePlus, Path, boolean, boolean)}, creating the folder first when asked. A
   * failure names the folder and the reason, never a temporary file: "Export Plan failed: FOLDER:
   * REASON".
   */
  public static List<Path> export(ImagePlus imp, Path folder, boolean create, boolean dicom, boolean deidentify)
      throws Exception {
    if (create && !Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (java.io.IOException e) {
        throw failed(folder, "cannot be created (" + reason(e) + ")");
      }
    }
    try {
      return export(imp, folder, dicom, deidentify);
    } catch (java.io.IOException e) {
      throw failed(folder, reason(e));
    }
  }

  private static java.io.IOException failed(Path folder, String reason) {
    return new java.io.IOException("Export Plan failed: " + folder + ": " + reason);
  }

  /** What went wrong, without the hidden temporary file's name. */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceAll("\\S*\\.part\\b", "").replaceAll("\\s+", " ").strip();
  }

  /** Writes the outputs; returns them in the order JSON, PDF, then the DICOM files when asked. */
  public static List<Path> export(ImagePlus imp, Path folder, boolean dicom, boolean deidentify) throws Exception {
    Plan plan = ScanImage.requirePlan(imp);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("Export Plan failed: " + folder + ": no such folder (tick \"Create the"
          + " folder\" to make it)");
    }
    PlanReport.Outputs out;
    try (Scan scan = ScanImage.open(imp)) {
      out = PlanReport.make(withProvenance(plan, scan), scan, deidentify, Instant.now());
    }
    String stem = stem(imp.getTitle()) + "-plan";
    List<Path> written = new ArrayList<>();
    write(folder.resolve(stem + ".json"), out.planJson(), written);
    write(folder.resolve(stem + ".pdf"), out.pdf(), written);
    if (dicom) {
      write(folder.resolve(stem + ".dcm"), out.encapsulatedPdf(), written);
      write(folder.resolve(stem + ".sc.dcm"), out.secondaryCapture(), written);
      if (out.segmentation() != null) {
        write(folder.resolve(stem + ".seg.dcm"), out.segmentation(), written);
      }
      if (out.measurementReport() != null) {
        write(folder.resolve(stem + ".sr.dcm"), out.measurementReport(), written);
      }
    }
    return written;
  }

  /**
   * The plan with its provenance: a plan made in ImageJ records none when it is made (the image
   * keeps it as text), so it gets it here from the scan the image was opened from. The dialog's
   * parameters are the plan's own figures (joint, volume, cells): the other choices are not kept.
   */
  static Plan withProvenance(Plan plan, Scan scan) throws java.io.IOException {
    if (plan.provenance() != null) {
      return plan;
    }
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("command", "ImageJ: Plan Trajectory, then Export Plan");
    params.put("joint", String.valueOf(plan.joint()));
    params.put("volume-ml", String.valueOf(plan.deposition().volumeMl()));
    if (plan.dose() != null) {
      params.put("cells", String.valueOf(plan.dose().cells()));
    }
    return plan.withProvenance(org.injectplan.plan.Provenance.of(scan, plan.frame(), params));
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
