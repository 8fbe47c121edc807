package org.injectplan.plugin;

import ij.Macro;
import ij.gui.GenericDialog;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;
import org.injectplan.pacs.SeriesEntry;
import org.injectplan.pacs.StudyEntry;
import org.injectplan.pacs.StudyQuery;

/**
 * The three dialogs of Open from PACS (search, study, series), each an ImageJ
 * {@link GenericDialog}, so recorded and replayed like any other: the keys are the labels' first
 * words ({@code address calling credentials timeout patient name from to modality study series}),
 * all different, as one macro line feeds all three. Without a display the same keys are read
 * from the macro's options. The choices are the UIDs themselves (a macro names them), the details
 * of each shown above the list.
 */
final class OpenFromPacsDialog {
  static final String[] MODALITIES = {"any", "US", "XA", "RF"};
  private final String title;

  /** The search dialog's answer. */
  record Search(OpenFromPacs.Settings settings, StudyQuery query) {
  }

  OpenFromPacsDialog(String title) {
    this.title = title;
  }

  Optional<Search> search(OpenFromPacs.Settings s) {
    String[] v;
    if (GraphicsEnvironment.isHeadless()) {
      v = new String[] {macro("address", s.address()), macro("calling", s.callingAet()),
          macro("credentials", s.credentialsFile()), macro("timeout", String.valueOf(s.timeoutSeconds())),
          macro("patient", ""), macro("name", ""), macro("from", ""), macro("to", ""), macro("modality", "any")};
    } else {
      GenericDialog gd = new GenericDialog(title);
      gd.addStringField("Address (DICOMweb URL or AET@HOST:PORT):", s.address(), 36);
      gd.addStringField("Calling AE title (ours, for DIMSE):", s.callingAet(), 16);
      gd.addFileField("Credentials file (user:password or Bearer TOKEN):", s.credentialsFile());
      gd.addNumericField("Timeout (s of silence):", s.timeoutSeconds(), 0);
      gd.addStringField("Patient ID:", "", 20);
      gd.addStringField("Name of the patient (* and ? wildcards):", "", 20);
      gd.addStringField("From (YYYYMMDD):", "", 10);
      gd.addStringField("To (YYYYMMDD):", "", 10);
      gd.addChoice("Modality:", MODALITIES, "any");
      gd.showDialog();
      if (gd.wasCanceled()) {
        return Optional.empty();
      }
      v = new String[] {gd.getNextString(), gd.getNextString(), gd.getNextString(),
          String.valueOf((int) gd.getNextNumber()), gd.getNextString(), gd.getNextString(), gd.getNextString(),
          gd.getNextString(), gd.getNextChoice()};
    }
    return Optional.of(new Search(new OpenFromPacs.Settings(v[0].strip(), v[1].strip(), v[2].strip(),
        parseTimeout(v[3])), query(v[4], v[5], v[6], v[7], v[8])));
  }

  static StudyQuery query(String patientId, String name, String from, String to, String modality) {
    StudyQuery q = StudyQuery.all().withDates(blank(from) ? Optional.empty() : Optional.of(StudyQuery.date(
        from.strip())), blank(to) ? Optional.empty() : Optional.of(StudyQuery.date(to.strip())));
    if (!blank(patientId)) {
      q = q.withPatientId(patientId.strip());
    }
    if (!blank(name)) {
      q = q.withPatientName(name.strip());
    }
    return blank(modality) || "any".equals(modality) ? q : q.withModality(modality.strip());
  }

  Optional<String> chooseStudy(List<StudyEntry> studies) {
    String[] uids = studies.stream().map(StudyEntry::studyInstanceUid).toArray(String[]::new);
    StringBuilder details = new StringBuilder();
    for (StudyEntry s : studies) {
      details.append(s.studyInstanceUid()).append(": ").append(s.patientName()).append(", ").append(s.patientId())
          .append(", ").append(s.studyDate()).append(", ").append(String.join("/", s.modalities())).append(", ")
          .append(s.description()).append('\n');
    }
    return choose("Study:", uids, details.toString());
  }

  Optional<String> chooseSeries(List<SeriesEntry> series) {
    String[] uids = series.stream().map(SeriesEntry::seriesInstanceUid).toArray(String[]::new);
    StringBuilder details = new StringBuilder();
    for (SeriesEntry s : series) {
      details.append(s.seriesInstanceUid()).append(": ").append(s.modality()).append(", ")
          .append(s.instanceCount()).append(" instance(s), ").append(s.frameCount()).append(" frame(s), ")
          .append(s.description()).append('\n');
    }
    return choose("Series:", uids, details.toString());
  }

  private Optional<String> choose(String label, String[] uids, String details) {
    String key = label.substring(0, label.length() - 1).toLowerCase(java.util.Locale.ROOT);
    if (GraphicsEnvironment.isHeadless()) {
      String v = macro(key, uids[0]);
      if (!List.of(uids).contains(v)) {
        throw new IllegalArgumentException(key + " " + v + " is not among the PACS's answers");
      }
      return Optional.of(v);
    }
    GenericDialog gd = new GenericDialog(title);
    gd.addMessage(details.strip());
    gd.addChoice(label, uids, uids[0]);
    gd.showDialog();
    return gd.wasCanceled() ? Optional.empty() : Optional.of(gd.getNextChoice());
  }

  private static int parseTimeout(String s) {
    try {
      return (int) Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("timeout must be a number of seconds: " + s);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String macro(String key, String defaultValue) {
    String o = Macro.getOptions();
    return o == null ? defaultValue : Macro.getValue(o, key, defaultValue);
  }
}
