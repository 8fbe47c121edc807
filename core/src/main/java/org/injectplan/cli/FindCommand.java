package org.injectplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.pacs.DicomWebClient;
import org.injectplan.pacs.DimseClient;
import org.injectplan.pacs.PacsAddress;
import org.injectplan.pacs.QueryRetrieve;
import org.injectplan.pacs.SeriesEntry;
import org.injectplan.pacs.StudyEntry;
import org.injectplan.pacs.StudyQuery;
import org.injectplan.pacs.WebCredentials;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code injectplan find (--dicomweb URL | --pacs AET@HOST:PORT) [--patient-id ID]
 * [--patient-name N] [--from YYYYMMDD] [--to YYYYMMDD] [--modality M] [--study UID] [--json]}:
 * one line per study (Study Instance UID first), or with {@code --study} one line per series of
 * that study with its instance and frame counts.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = {"Search a PACS for studies (QIDO-RS, or C-FIND), or list the series of one study.",
        "One tab-separated line per study: Study Instance UID, patient name, patient ID, date, modalities,",
        "series, instances, description. DICOMweb credentials as for report --stow: --credentials FILE",
        "(user:password, or Bearer TOKEN) or INJECTPLAN_STOW_USER/INJECTPLAN_STOW_PASSWORD or",
        "INJECTPLAN_DICOMWEB_TOKEN, never on the command line."})
final class FindCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Mixin
  Pacs pacs;
  @Option(names = "--patient-id", paramLabel = "ID", description = "Patient ID to match (* and ? are wildcards)")
  String patientId;
  @Option(names = "--patient-name", paramLabel = "N", description = "Patient's Name to match, e.g. 'DOE^J*'")
  String patientName;
  @Option(names = "--from", paramLabel = "YYYYMMDD", description = "first study date")
  String from;
  @Option(names = "--to", paramLabel = "YYYYMMDD", description = "last study date")
  String to;
  @Option(names = "--modality", paramLabel = "M", description = "a modality in the study: US, XA, RF, ...")
  String modality;
  @Option(names = "--study", paramLabel = "UID", description = "list the series of this study instead")
  String study;
  @Option(names = "--json", description = "one JSON object on stdout instead of lines")
  boolean json;

  /** Where the PACS is and how to talk to it; shared with {@code fetch}. */
  static final class Pacs {
    static final class Where {
      @Option(names = "--dicomweb", paramLabel = "URL", required = true,
          description = "DICOMweb root, e.g. http://host:8042/dicom-web")
      URI dicomweb;
      @Option(names = "--pacs", paramLabel = "AET@HOST:PORT", required = true,
          description = "DIMSE PACS (C-FIND, C-GET)")
      String dimse;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;
    @Option(names = {"--aet", "--calling-aet"}, paramLabel = "AET", defaultValue = "INJECTPLAN",
        description = "our AE title for DIMSE (default: ${DEFAULT-VALUE})")
    String aet;
    @Option(names = "--credentials", paramLabel = "FILE",
        description = "file holding user:password (HTTP Basic) or 'Bearer TOKEN' for DICOMweb")
    Path credentials;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "how long the PACS may stay silent (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    QueryRetrieve client() throws IOException, BadInputException {
      if (timeoutSeconds <= 0) {
        throw new BadInputException("--timeout", "must be positive: " + timeoutSeconds);
      }
      Duration timeout = Duration.ofSeconds(timeoutSeconds);
      if (where.dimse != null) {
        if (credentials != null) {
          throw new BadInputException("--credentials", "is for --dicomweb; DIMSE knows us by --aet");
        }
        return new DimseClient(PacsAddress.parse(where.dimse), aet, timeout);
      }
      Optional<WebCredentials> c = credentials != null ? Optional.of(WebCredentials.fromFile(credentials))
          : WebCredentials.fromEnvironment(System.getenv());
      return new DicomWebClient(where.dicomweb, timeout, c);
    }
  }

  @Override
  public Integer call() throws Exception {
    QueryRetrieve client = pacs.client();
    PrintWriter out = spec.commandLine().getOut();
    if (study != null) {
      if (patientId != null || patientName != null || from != null || to != null || modality != null) {
        throw new BadInputException("--study", "lists one study's series: the search options do not apply");
      }
      List<SeriesEntry> series = client.listSeries(study);
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("studyInstanceUid", study);
        o.put("series", series.stream().map(FindCommand::json).toList());
        out.println(Json.MAPPER.writeValueAsString(o));
      } else {
        series.forEach(s -> out.println(line(s)));
      }
      return Main.OK;
    }
    List<StudyEntry> studies = client.findStudies(query());
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(Map.of("studies", studies.stream().map(FindCommand::json)
          .toList())));
    } else {
      studies.forEach(s -> out.println(line(s)));
    }
    return Main.OK;
  }

  private StudyQuery query() {
    StudyQuery q = StudyQuery.all().withDates(Optional.ofNullable(from).map(StudyQuery::date),
        Optional.ofNullable(to).map(StudyQuery::date));
    if (patientId != null) {
      q = q.withPatientId(patientId);
    }
    if (patientName != null) {
      q = q.withPatientName(patientName);
    }
    return modality == null ? q : q.withModality(modality);
  }

  static String line(StudyEntry s) {
    return String.join("\t", s.studyInstanceUid(), s.patientName(), s.patientId(), s.studyDate(),
        String.join(",", s.modalities()), count(s.seriesCount(), "series"),
        count(s.instanceCount(), "instance(s)"), s.description());
  }

  static String line(SeriesEntry s) {
    return String.join("\t", s.seriesInstanceUid(), s.modality(),
        s.seriesNumber().isPresent() ? "#" + s.seriesNumber().getAsInt() : "#?", s.instanceCount() + " instance(s)",
        s.frameCount() + " frame(s)", s.description());
  }

  private static String count(java.util.OptionalInt n, String what) {
    return (n.isPresent() ? String.valueOf(n.getAsInt()) : "?") + " " + what;
  }

  static Map<String, Object> json(StudyEntry s) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("studyInstanceUid", s.studyInstanceUid());
    o.put("patientName", s.patientName());
    o.put("patientId", s.patientId());
    o.put("studyDate", s.studyDate());
    o.put("modalities", new ArrayList<>(s.modalities()));
    o.put("description", s.description());
    o.put("seriesCount", s.seriesCount().isPresent() ? s.seriesCount().getAsInt() : null);
    o.put("instanceCount", s.instanceCount().isPresent() ? s.instanceCount().getAsInt() : null);
    return o;
  }

  static Map<String, Object> json(SeriesEntry s) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("seriesInstanceUid", s.seriesInstanceUid());
    o.put("modality", s.modality());
    o.put("seriesNumber", s.seriesNumber().isPresent() ? s.seriesNumber().getAsInt() : null);
    o.put("description", s.description());
    o.put("instanceCount", s.instanceCount());
    o.put("frameCount", s.frameCount());
    return o;
  }
}
