package org.injectplan.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.pacs.CStoreSender;
import org.injectplan.pacs.PacsAddress;
import org.injectplan.pacs.SendException;
import org.injectplan.pacs.StowCredentials;
import org.injectplan.pacs.StowSender;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.verify.UnverifiedPlanException;
import org.injectplan.report.PlanReport;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code injectplan report PLAN.json --pdf OUT.pdf [--dicom OUT.dcm] [--json OUT.json]
 * [--deidentify] [--send AET@HOST:PORT] [--stow URL]}: every output is written (whole, or not
 * at all) before anything is sent, so a failed send leaves every file on disk.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the plan as a PDF/A-2b report, and optionally as DICOM (Encapsulated PDF; beside it the",
        "annotated key image as a Secondary Capture, OUT.sc.dcm, the capsule and structures to avoid as a",
        "Segmentation, OUT.seg.dcm, and the figures as a TID 1500 Measurement Report, OUT.sr.dcm) and JSON;",
        "send the DICOM files by C-STORE and/or STOW-RS. STOW credentials come from INJECTPLAN_STOW_USER/",
        "INJECTPLAN_STOW_PASSWORD or --stow-credentials FILE, never from the command line."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "PLAN.json", description = "the plan")
  Path planFile;
  @Option(names = "--pdf", paramLabel = "OUT.pdf", required = true, description = "PDF/A-2b report to write")
  Path pdf;
  @Option(names = "--dicom", paramLabel = "OUT.dcm",
      description = "Encapsulated PDF to write; beside it OUT.sc.dcm (key image), OUT.seg.dcm (Segmentation) and"
          + " OUT.sr.dcm (Measurement Report)")
  Path dicom;
  @Option(names = "--json", paramLabel = "OUT.json", description = "the plan as reported (de-identified if asked)")
  Path json;
  @Option(names = "--scan", paramLabel = "FILE", description = "the scan, instead of the plan's scan.file")
  Path scanFile;
  @Option(names = "--deidentify", description = "Basic Application Level Confidentiality Profile in every output")
  boolean deidentify;
  @Option(names = "--send", paramLabel = "AET@HOST:PORT", description = "C-STORE the DICOM files there")
  String send;
  @Option(names = "--calling-aet", paramLabel = "AET", defaultValue = "INJECTPLAN",
      description = "our AE title for C-STORE (default: ${DEFAULT-VALUE})")
  String callingAet;
  @Option(names = "--stow", paramLabel = "URL", description = "STOW-RS the DICOM files to this studies URL")
  URI stow;
  @Option(names = "--stow-credentials", paramLabel = "FILE", description = "file holding user:password for STOW-RS")
  Path stowCredentials;
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "limit of each send (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;
  @Option(names = "--force", description = "overwrite existing output files")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if ((send != null || stow != null) && dicom == null) {
      throw new BadInputException("--send/--stow", "need --dicom OUT.dcm: the files sent are the files kept");
    }
    if (timeoutSeconds <= 0) {
      throw new BadInputException("--timeout", "must be positive: " + timeoutSeconds);
    }
    PacsAddress pacs = send == null ? null : PacsAddress.parse(send);
    requireDistinctOutputs();
    Map<Path, byte[]> files = outputs(PlanJson.read(planFile));
    for (Path p : files.keySet()) {
      if (!force && Files.exists(p)) {
        throw new FileAlreadyExistsException(p.toString(), null, "exists (use --force to overwrite)");
      }
    }
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      AtomicOutput.write(f.getKey(), force, out -> out.write(f.getValue()));
    }
    List<Path> dicomFiles = files.keySet().stream().filter(p -> dicom != null && dicomOutputs(dicom).contains(p))
        .toList();
    sendAll(pacs, dicomFiles, new ArrayList<>(files.keySet()));
    return Main.OK;
  }

  private Map<Path, byte[]> outputs(Plan plan) throws IOException, BadInputException {
    Path scanPath = scanFile != null ? scanFile : resolveScan(plan.scan().file());
    PlanReport.Outputs out;
    try (Scan scan = ScanLoader.open(scanPath)) {
      out = PlanReport.make(plan, scan, deidentify, Instant.now());
    } catch (UnverifiedPlanException e) {
      throw new BadInputException(planFile.toString(), e.getMessage());
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(pdf, out.pdf());
    if (json != null) {
      files.put(json, out.planJson());
    }
    if (dicom != null) {
      files.put(dicom, out.encapsulatedPdf());
      files.put(besidePath(dicom, ".sc.dcm"), out.secondaryCapture());
      if (out.segmentation() != null) {
        files.put(besidePath(dicom, ".seg.dcm"), out.segmentation());
      }
      files.put(besidePath(dicom, ".sr.dcm"), out.measurementReport());
    }
    return files;
  }

  private void sendAll(PacsAddress pacs, List<Path> dicomFiles, List<Path> written) throws IOException {
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    try {
      if (pacs != null) {
        new CStoreSender(callingAet, timeout).send(pacs, dicomFiles);
        spec.commandLine().getOut().println("sent by C-STORE to " + pacs + ": " + dicomFiles.size() + " file(s)");
      }
      if (stow != null) {
        new StowSender(timeout, credentials()).send(stow, dicomFiles);
        spec.commandLine().getOut().println("sent by STOW-RS to " + stow + ": " + dicomFiles.size() + " file(s)");
      }
    } catch (SendException e) {
      throw new SendException(e.getMessage(), "not sent; the files are kept: " + written, e);
    }
  }

  private Optional<StowCredentials> credentials() throws IOException {
    if (stowCredentials != null) {
      return Optional.of(StowCredentials.fromFile(stowCredentials));
    }
    return StowCredentials.fromEnvironment(System.getenv());
  }

  private void requireDistinctOutputs() throws BadInputException {
    List<Path> all = new ArrayList<>(List.of(pdf));
    if (json != null) {
      all.add(json);
    }
    if (dicom != null) {
      all.addAll(dicomOutputs(dicom));
    }
    all.add(planFile);
    if (all.stream().map(p -> p.toAbsolutePath().normalize()).distinct().count() != all.size()) {
      throw new BadInputException("--pdf/--json/--dicom", "two outputs (or an output and the plan) are the same file: "
          + all);
    }
  }

  /** A relative scan path is looked for beside the plan first, then from the working folder. */
  private Path resolveScan(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p;
    }
    Path besidePlan = planFile.toAbsolutePath().getParent().resolve(p);
    return Files.exists(besidePlan) ? besidePlan : p;
  }

  /** OUT.dcm becomes OUT.sc.dcm; a name without .dcm gets .sc.dcm added. */
  static Path secondaryCapturePath(Path dicom) {
    return besidePath(dicom, ".sc.dcm");
  }

  /** Every DICOM file {@code --dicom OUT.dcm} may write: OUT.dcm, OUT.sc.dcm, OUT.seg.dcm, OUT.sr.dcm. */
  static List<Path> dicomOutputs(Path dicom) {
    return List.of(dicom, besidePath(dicom, ".sc.dcm"), besidePath(dicom, ".seg.dcm"), besidePath(dicom, ".sr.dcm"));
  }

  /** OUT.dcm becomes OUT{suffix}; a name without .dcm gets the suffix added. */
  static Path besidePath(Path dicom, String suffix) {
    String name = dicom.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".dcm") ? name.substring(0, name.length() - 4)
        : name;
    return dicom.resolveSibling(stem + suffix);
  }
}
